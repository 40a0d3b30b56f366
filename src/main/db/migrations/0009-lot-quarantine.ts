import type { Migration } from '../types';

/**
 * A lot can be quarantined: recorded (an expired delivery, a recall) so that it can be accounted for
 * and disposed of, but never chosen for a session. Existing lots stay usable.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'lot-quarantine',
  up(db) {
    db.exec(`
      ALTER TABLE lots ADD COLUMN quarantined INTEGER NOT NULL DEFAULT 0 CHECK (quarantined IN (0, 1));
    `);
  },
};
