import type { Migration } from '../types';
import { NOT_ERASING, refuse, refuseWhen } from './sql/triggers';

/** Shown as the source of records found to be imported before this migration recorded provenance. */
export const LEGACY_IMPORT_SOURCE = 'an earlier FHIR import';

/** Record kind, table, alias, and whether it is signed (carries a content hash and a signing time). */
const LEGACY_RECORDS = [
  ['intake', 'intakes', 'i', true],
  ['session', 'sessions', 's', true],
  ['amendment', 'session_amendments', 'a', false],
  ['adverse-event', 'adverse_events', 'e', false],
] as const;

/**
 * Two guarantees for signed records.
 *
 * imported_records: a record brought in by a FHIR re-import is marked with where it came from and when,
 * with the hash and signing time the bundle claimed. It stays locked like any signed record, but it was
 * never signed in this clinic and is never reported as such. Rows are permanent (erasure excepted).
 * Records imported before this version are found by one fact that cannot happen otherwise: a re-import
 * creates the patient at import time, so a record of theirs written, signed or dated before the
 * patient existed here came from the bundle. (A crafted record dated after its import is not caught by
 * this backfill; every import from now on is marked when it happens.)
 *
 * signed_pdfs: the exact bytes of each signed PDF with their SHA-256, so a reprint is the very file that
 * was signed, whatever the layout code does later. Written once, never changed (erasure excepted).
 * Documents signed before this version get theirs on first reprint: a migration is kept forever and
 * must not run layout code, which changes (that is the point of this table).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'provenance-and-signed-pdfs',
  up(db) {
    db.exec(`
      CREATE TABLE imported_records (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('intake', 'session', 'amendment', 'adverse-event')),
        record_id INTEGER NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        original_hash TEXT,
        original_signed_at TEXT,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT;
      CREATE INDEX imported_records_by_patient ON imported_records (patient_id);
      ${refuse('imported_records_no_update', 'BEFORE UPDATE ON imported_records', 'LOCKED: import provenance is permanent')}
      ${refuseWhen('imported_records_no_delete', 'BEFORE DELETE ON imported_records', NOT_ERASING, 'LOCKED: import provenance is permanent')}

      CREATE TABLE signed_pdfs (
        record_kind TEXT NOT NULL CHECK (record_kind IN ('document')),
        record_id INTEGER NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT;
      CREATE INDEX signed_pdfs_by_patient ON signed_pdfs (patient_id);
      ${refuse('signed_pdfs_no_update', 'BEFORE UPDATE ON signed_pdfs', 'LOCKED: a signed PDF never changes')}
      ${refuseWhen('signed_pdfs_no_delete', 'BEFORE DELETE ON signed_pdfs', NOT_ERASING, 'LOCKED: a signed PDF never changes')}
    `);
    const source = { source: LEGACY_IMPORT_SOURCE };
    for (const [kind, table, alias, signed] of LEGACY_RECORDS) {
      const hashColumns = signed ? ', original_hash,\n        original_signed_at' : '';
      const hashValues = signed ? `, ${alias}.content_hash, ${alias}.signed_at` : '';
      const madeAt = signed ? `COALESCE(${alias}.signed_at, ${alias}.created_at)` : `${alias}.created_at`;
      db.prepare(`
      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at${hashColumns})
      SELECT '${kind}', ${alias}.id, ${alias}.patient_id, @source, p.created_at${hashValues}
      FROM ${table} ${alias} JOIN patients p ON p.id = ${alias}.patient_id
      WHERE ${madeAt} < p.created_at`).run(source);
    }
  },
};
