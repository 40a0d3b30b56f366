import type { Migration } from '../types';
import { refuseWhen } from './sql/triggers';

/**
 * Archive instead of delete, for two things a user may want out of the way:
 * - an intake draft can be discarded: the row is kept with its discard time, no longer counts as the
 *   patient's open draft (the one-draft index skips it) and can no longer change;
 * - a custom template (its key, every version) can be archived: it is no longer offered for new
 *   documents, while every template version stays stored and readable. Un-archiving removes the row.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'archiving',
  up(db) {
    db.exec(`
      ALTER TABLE intakes ADD COLUMN discarded_at TEXT;
      DROP INDEX intakes_one_draft;
      CREATE UNIQUE INDEX intakes_one_draft ON intakes (patient_id) WHERE status = 'draft' AND discarded_at IS NULL;
      ${refuseWhen(
        'intakes_discarded_no_update',
        'BEFORE UPDATE ON intakes',
        "old.discarded_at IS NOT NULL OR (new.discarded_at IS NOT NULL AND old.status <> 'draft')",
        'LOCKED: a discarded intake draft is kept as it was',
      )}

      CREATE TABLE archived_templates (
        key TEXT PRIMARY KEY,
        archived_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
