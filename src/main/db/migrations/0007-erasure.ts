import type { Migration } from '../types';
import { NOT_ERASING, replaceWhen } from './sql/triggers';

/**
 * Erasure of a patient (GDPR Art. 17) is the one deliberate path that may delete signed records. The
 * erasure service marks the patient in `erasure_in_progress` inside its transaction; the guards on
 * signed intakes, their signatures, signed documents, signed sessions, their items and amendments let
 * deletes through only for that patient, and refuse them for everything else exactly as before.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'erasure',
  up(db) {
    db.exec(`
      CREATE TABLE erasure_in_progress (patient_id INTEGER PRIMARY KEY) STRICT;

      ${replaceWhen(
        'intakes_signed_no_delete',
        'BEFORE DELETE ON intakes',
        `old.status = 'signed'
        AND ${NOT_ERASING}`,
        'signed intake is locked',
      )}

      ${replaceWhen(
        'intake_signatures_no_delete',
        'BEFORE DELETE ON intake_signatures',
        `NOT EXISTS (
        SELECT 1 FROM erasure_in_progress e JOIN intakes i ON i.patient_id = e.patient_id
        WHERE i.id = old.intake_id
      )`,
        'signatures are locked',
      )}

      ${replaceWhen('documents_kept', 'BEFORE DELETE ON documents', NOT_ERASING, 'LOCKED: signed documents are kept')}

      ${replaceWhen(
        'sessions_signed_no_delete',
        'BEFORE DELETE ON sessions',
        `old.status = 'signed'
        AND ${NOT_ERASING}`,
        'LOCKED: signed session',
      )}

      ${replaceWhen(
        'session_items_signed_no_delete',
        'BEFORE DELETE ON session_items',
        `(SELECT status FROM sessions WHERE id = old.session_id) = 'signed'
        AND NOT EXISTS (
          SELECT 1 FROM erasure_in_progress e JOIN sessions s ON s.patient_id = e.patient_id
          WHERE s.id = old.session_id
        )`,
        'LOCKED: signed session',
      )}

      ${replaceWhen('session_amendments_no_delete', 'BEFORE DELETE ON session_amendments', NOT_ERASING, 'LOCKED: amendments are permanent')}
    `);
  },
};
