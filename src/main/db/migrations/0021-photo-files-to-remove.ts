import type { Migration } from '../types';

/**
 * The photo files an erasure leaves to remove. They are listed in the erasure's own transaction and
 * removed once it has committed; what a crash cut off in between is removed at the next unlock. So
 * an erased patient's photo files never outlive the rows that named them, and a failed erasure
 * (rolled back whole) never loses a file. A file's name is the hash of its sealed bytes: nothing of
 * the patient.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'photo-files-to-remove',
  up(db) {
    db.exec(`
      CREATE TABLE photo_files_to_remove (
        name TEXT PRIMARY KEY,
        queued_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
