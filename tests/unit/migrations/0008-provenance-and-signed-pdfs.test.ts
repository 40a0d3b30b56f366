import { expect, it } from 'vitest';
import { LEGACY_IMPORT_SOURCE } from '../../../src/main/db/migrations/0008-provenance-and-signed-pdfs';
import type { Db } from '../../../src/main/db/types';
import { insertCourseRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

const IMPORTED_AT = '2026-03-10T09:00:00.000Z';
const LOCAL_AT = '2026-02-01T09:00:00.000Z';

/** A patient with a signed intake, a signed session with an amendment, and an adverse event, by raw rows. */
function seedPatient(db: Db, n: number, patientCreated: string, recordsAt: string) {
  const patient = Number(
    db
      .prepare(
        `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text,
          created_at, updated_at) VALUES (?, ?, 'Old', '1970-01-01', 'female', 'old', 'old', 'old', ?, ?)`,
      )
      .run(`p${n}`, `P-00000${n}`, patientCreated, patientCreated).lastInsertRowid,
  );
  const intake = Number(
    db
      .prepare(
        `INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json,
          answers_json, declaration, created_at, updated_at, signed_at, content_hash)
         VALUES (?, ?, 'signed', 1, '{}', '{}', '{}', 'I confirm', ?, ?, ?, ?)`,
      )
      .run(`i${n}`, patient, recordsAt, recordsAt, recordsAt, `intake-hash-${n}`).lastInsertRowid,
  );
  const course = insertCourseRow(db, patient, `c${n}`, recordsAt);
  const session = Number(
    db
      .prepare(
        `INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json,
          currency, sequence, content_json, content_hash, signed_at, created_at, updated_at)
         VALUES (?, ?, ?, 'signed', '2026-01-05', '10:00', '{}', 'EUR', 1, '{}', ?, ?, ?, ?)`,
      )
      .run(`s${n}`, patient, course, `session-hash-${n}`, recordsAt, recordsAt, recordsAt).lastInsertRowid,
  );
  db.prepare(
    'INSERT INTO session_amendments (session_id, patient_id, text, created_at) VALUES (?, ?, ?, ?)',
  ).run(session, patient, 'Correction', recordsAt);
  db.prepare(
    `INSERT INTO adverse_events (uid, patient_id, session_id, type, onset_date, severity, description, created_at,
      updated_at) VALUES (?, ?, ?, 'bruising', '2026-01-06', 'mild', 'Bruise', ?, ?)`,
  ).run(`e${n}`, patient, session, recordsAt, recordsAt);
  return { patient, intake, session };
}

const TABLES = [
  'patients',
  'intakes',
  'courses',
  'sessions',
  'session_amendments',
  'adverse_events',
  'documents',
] as const;
const counts = (db: Db) =>
  Object.fromEntries(
    TABLES.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
  );

it('migration 8 keeps every row, marks records a re-import brought in before it, and adds signed_pdfs', () => {
  migrateTo(t.db, 7);
  // Re-imported earlier: the patient was created at import, their records are older than that.
  const imported = seedPatient(t.db, 1, IMPORTED_AT, '2025-06-01T10:00:00.000Z');
  // Written here: the records come after the patient.
  const local = seedPatient(t.db, 2, LOCAL_AT, '2026-02-02T10:00:00.000Z');
  const rowsBefore = counts(t.db);

  const after = t.reopenAt(8);
  expect(after.schemaVersion).toBe(8);
  expect(after.preMigrationBackup).not.toBeNull();
  const db = after.db;
  expect(counts(db)).toEqual(rowsBefore);

  const marked = db
    .prepare(
      'SELECT record_kind, patient_id, source, imported_at, original_hash, original_signed_at FROM imported_records ORDER BY record_kind',
    )
    .all();
  expect(marked).toEqual([
    {
      record_kind: 'adverse-event',
      patient_id: imported.patient,
      source: LEGACY_IMPORT_SOURCE,
      imported_at: IMPORTED_AT,
      original_hash: null,
      original_signed_at: null,
    },
    {
      record_kind: 'amendment',
      patient_id: imported.patient,
      source: LEGACY_IMPORT_SOURCE,
      imported_at: IMPORTED_AT,
      original_hash: null,
      original_signed_at: null,
    },
    {
      record_kind: 'intake',
      patient_id: imported.patient,
      source: LEGACY_IMPORT_SOURCE,
      imported_at: IMPORTED_AT,
      original_hash: 'intake-hash-1',
      original_signed_at: '2025-06-01T10:00:00.000Z',
    },
    {
      record_kind: 'session',
      patient_id: imported.patient,
      source: LEGACY_IMPORT_SOURCE,
      imported_at: IMPORTED_AT,
      original_hash: 'session-hash-1',
      original_signed_at: '2025-06-01T10:00:00.000Z',
    },
  ]);
  expect(
    db.prepare('SELECT count(*) FROM imported_records WHERE patient_id = ?').pluck().get(local.patient),
  ).toBe(0);

  // Provenance is permanent, and so is a kept PDF.
  expect(() => db.prepare("UPDATE imported_records SET source = 'here'").run()).toThrow(/LOCKED/);
  expect(() => db.prepare('DELETE FROM imported_records').run()).toThrow(/LOCKED/);
  db.prepare(
    `INSERT INTO signed_pdfs (record_kind, record_id, patient_id, sha256, bytes, created_at)
     VALUES ('document', 1, ?, ?, x'255044462d', ?)`,
  ).run(local.patient, 'a'.repeat(64), LOCAL_AT);
  expect(() => db.prepare("UPDATE signed_pdfs SET bytes = x'00'").run()).toThrow(/LOCKED/);
  expect(() => db.prepare('DELETE FROM signed_pdfs').run()).toThrow(/LOCKED/);
  // Foreign keys hold.
  expect(() =>
    db
      .prepare(
        `INSERT INTO signed_pdfs (record_kind, record_id, patient_id, sha256, bytes, created_at)
         VALUES ('document', 2, 99, ?, x'00', ?)`,
      )
      .run('b'.repeat(64), LOCAL_AT),
  ).toThrow(/FOREIGN KEY/);
});
