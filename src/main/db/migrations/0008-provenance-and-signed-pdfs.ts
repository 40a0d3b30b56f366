import type { Migration } from '../types';
import { NOT_ERASING, refuse, refuseWhen } from './sql/triggers';

/** Shown as the source of records found to be imported before this migration recorded provenance. */
export const LEGACY_IMPORT_SOURCE = 'an earlier FHIR import';

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
    db.prepare(`
      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at, original_hash,
        original_signed_at)
      SELECT 'intake', i.id, i.patient_id, @source, p.created_at, i.content_hash, i.signed_at
      FROM intakes i JOIN patients p ON p.id = i.patient_id
      WHERE COALESCE(i.signed_at, i.created_at) < p.created_at`).run(source);
    db.prepare(`
      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at, original_hash,
        original_signed_at)
      SELECT 'session', s.id, s.patient_id, @source, p.created_at, s.content_hash, s.signed_at
      FROM sessions s JOIN patients p ON p.id = s.patient_id
      WHERE COALESCE(s.signed_at, s.created_at) < p.created_at`).run(source);
    db.prepare(`
      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
      SELECT 'amendment', a.id, a.patient_id, @source, p.created_at
      FROM session_amendments a JOIN patients p ON p.id = a.patient_id
      WHERE a.created_at < p.created_at`).run(source);
    db.prepare(`
      INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
      SELECT 'adverse-event', e.id, e.patient_id, @source, p.created_at
      FROM adverse_events e JOIN patients p ON p.id = e.patient_id
      WHERE e.created_at < p.created_at`).run(source);
  },
};
