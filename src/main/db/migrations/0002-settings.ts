import type { Migration } from '../types';

/** Clinic-wide settings as key -> JSON value; keys and defaults live in src/shared/settings. */
export const migration0002: Migration = {
  version: 2,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
