/**
 * The treatment schemas and types, one file per record kind; this index keeps the import path that
 * the rest of the code uses.
 */
export * from './adverse-events';
export * from './courses';
export * from './products';
export * from './sessions';
export * from './timeline';
export * from './volume';
