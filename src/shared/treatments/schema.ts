/**
 * The treatment schemas and types, one file per record kind; this index keeps the import path that
 * the rest of the code uses.
 */

/** The catalogue moved to shared/catalog/schema.ts; re-exported while branches that import it from here merge. */
export * from '../catalog/schema';
export * from './adverse-events';
export * from './courses';
export * from './sessions';
export * from './timeline';
export * from './volume';
