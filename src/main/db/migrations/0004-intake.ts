import type { Migration } from '../types';
import { refuse } from './sql/triggers';

/**
 * Intake questionnaires with their signatures, and the practitioner's decisions on screening flags.
 * A signed intake is immutable: triggers refuse any change to it or its signatures, as a second line
 * behind the service's LOCKED checks.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'intake',
  up(db) {
    db.exec(`
      CREATE TABLE intakes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        definition_version INTEGER NOT NULL,
        definition_json TEXT,
        context_json TEXT,
        answers_json TEXT NOT NULL,
        declaration TEXT,
        prefilled_from INTEGER REFERENCES intakes (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        content_hash TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (status = 'draft' OR (definition_json IS NOT NULL AND context_json IS NOT NULL
          AND declaration IS NOT NULL AND signed_at IS NOT NULL AND content_hash IS NOT NULL))
      );
      CREATE INDEX intakes_by_patient ON intakes (patient_id, id);
      CREATE UNIQUE INDEX intakes_one_draft ON intakes (patient_id) WHERE status = 'draft';
      ${refuse('intakes_signed_no_update', "BEFORE UPDATE ON intakes WHEN old.status = 'signed'", 'signed intake is locked')}
      ${refuse('intakes_signed_no_delete', "BEFORE DELETE ON intakes WHEN old.status = 'signed'", 'signed intake is locked')}

      CREATE TABLE intake_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        intake_id INTEGER NOT NULL REFERENCES intakes (id),
        role TEXT NOT NULL CHECK (role IN ('patient', 'guardian', 'practitioner', 'witness')),
        signer_name TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('drawn', 'typed')),
        image_png BLOB NOT NULL,
        signed_at TEXT NOT NULL
      );
      CREATE INDEX intake_signatures_by_intake ON intake_signatures (intake_id, id);
      ${refuse('intake_signatures_no_update', 'BEFORE UPDATE ON intake_signatures', 'signatures are locked')}
      ${refuse('intake_signatures_no_delete', 'BEFORE DELETE ON intake_signatures', 'signatures are locked')}

      CREATE TABLE flag_decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        intake_id INTEGER NOT NULL REFERENCES intakes (id),
        flag_key TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('ABSOLUTE', 'RELATIVE')),
        decision TEXT NOT NULL CHECK (decision IN ('treat', 'doNotTreat')),
        reason TEXT NOT NULL,
        decided_at TEXT NOT NULL
      );
      CREATE INDEX flag_decisions_by_intake ON flag_decisions (intake_id, flag_key, id);
    `);
  },
};
