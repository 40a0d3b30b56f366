import type { Migration } from '../types';
import { migration0001 } from './0001-patients';
import { migration0002 } from './0002-settings';
import { migration0004 } from './0004-documents';

/** Every migration ever shipped, in order. Never edit or remove one: add the next. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0004];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
