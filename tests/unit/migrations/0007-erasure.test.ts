import { expect, it } from 'vitest';
import { schemaVersionOf } from '../../../src/main/db/open';
import type { Db } from '../../../src/main/db/types';
import { insertCourseRow, insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

/** A patient with every kind of signed record the erasure guards cover, by raw rows (schema 6). */
function seedSignedRecords(db: Db, uid: string) {
  const patient = insertPatientRow(db, uid, `Patient ${uid}`);
  const intake = db
    .prepare(
      `INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json, answers_json,
        declaration, created_at, updated_at, signed_at, content_hash)
       VALUES (?, ?, 'signed', 1, '{}', '{}', '{}', 'I confirm', 't', 't', 't', 'hash')`,
    )
    .run(`i-${uid}`, patient).lastInsertRowid;
  db.prepare(
    `INSERT INTO intake_signatures (intake_id, role, signer_name, method, image_png, signed_at)
     VALUES (?, 'patient', 'Signer', 'typed', x'00', 't')`,
  ).run(intake);
  const template = db
    .prepare(
      `INSERT INTO document_templates (key, version, kind, builtin, title, content, created_at)
       VALUES (?, 1, 'consent', 0, 'Consent', 'I agree', 't')`,
    )
    .run(`consent-${uid}`).lastInsertRowid;
  db.prepare(
    `INSERT INTO documents (uid, patient_id, kind, template_id, title, snapshot, signatures, created_at, sha256)
     VALUES (?, ?, 'consent', ?, 'Consent', 'I agree', '[]', 't', 'sha')`,
  ).run(`d-${uid}`, patient, template);
  const course = insertCourseRow(db, patient, `c-${uid}`);
  const session = db
    .prepare(
      `INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json, currency,
        created_at, updated_at) VALUES (?, ?, ?, 'draft', '2026-01-05', '10:00', '{}', 'EUR', 't', 't')`,
    )
    .run(`s-${uid}`, patient, course).lastInsertRowid;
  const product = db.prepare('SELECT id FROM products ORDER BY id LIMIT 1').pluck().get();
  db.prepare(
    "INSERT INTO session_items (session_id, position, zone, product_id) VALUES (?, 1, 'face', ?)",
  ).run(session, product);
  db.prepare(
    `UPDATE sessions SET status = 'signed', sequence = 1, content_json = '{}', content_hash = 'h', signed_at = 't'
     WHERE id = ?`,
  ).run(session);
  db.prepare(
    "INSERT INTO session_amendments (session_id, patient_id, text, created_at) VALUES (?, ?, 'Fix', 't')",
  ).run(session, patient);
  return patient;
}

/** Deletes in the order the erasure service does, children first. */
function deleteRecordsOf(db: Db, patient: number) {
  db.prepare('DELETE FROM session_amendments WHERE patient_id = ?').run(patient);
  db.prepare(
    'DELETE FROM session_items WHERE session_id IN (SELECT id FROM sessions WHERE patient_id = ?)',
  ).run(patient);
  db.prepare('DELETE FROM sessions WHERE patient_id = ?').run(patient);
  db.prepare('DELETE FROM documents WHERE patient_id = ?').run(patient);
  db.prepare(
    'DELETE FROM intake_signatures WHERE intake_id IN (SELECT id FROM intakes WHERE patient_id = ?)',
  ).run(patient);
  db.prepare('DELETE FROM intakes WHERE patient_id = ?').run(patient);
}

const TABLES = [
  'intakes',
  'intake_signatures',
  'documents',
  'sessions',
  'session_items',
  'session_amendments',
];
const counts = (db: Db) =>
  Object.fromEntries(
    TABLES.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
  );

it('migration 7 keeps the signed records of a version 6 database and still refuses to delete them', () => {
  migrateTo(t.db, 6);
  const erased = seedSignedRecords(t.db, 'a');
  seedSignedRecords(t.db, 'b');
  const rowsBefore = counts(t.db);

  migrateTo(t.db, 7);
  expect(schemaVersionOf(t.db)).toBe(7);
  expect(counts(t.db)).toEqual(rowsBefore);
  const guarded: [string, RegExp][] = [
    ['DELETE FROM session_amendments', /LOCKED/],
    ['DELETE FROM session_items', /LOCKED/],
    ['DELETE FROM sessions', /LOCKED/],
    ['DELETE FROM documents', /LOCKED/],
    ['DELETE FROM intake_signatures', /locked/],
    ['DELETE FROM intakes', /locked/],
  ];
  for (const [sql, message] of guarded) expect(() => t.db.prepare(sql).run(), sql).toThrow(message);
  expect(() => deleteRecordsOf(t.db, erased)).toThrow();
  expect(counts(t.db)).toEqual(rowsBefore);
});

it('migration 7 lets an erasure delete the signed records of that patient only', () => {
  migrateTo(t.db, 6);
  const erased = seedSignedRecords(t.db, 'a');
  const kept = seedSignedRecords(t.db, 'b');
  migrateTo(t.db, 7);

  t.db.transaction(() => {
    t.db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)').run(erased);
    deleteRecordsOf(t.db, erased);
    t.db.prepare('DELETE FROM erasure_in_progress').run();
  })();
  expect(counts(t.db)).toEqual(Object.fromEntries(TABLES.map((table) => [table, 1])));
  expect(t.db.prepare('SELECT DISTINCT patient_id FROM intakes').pluck().all()).toEqual([kept]);
  // With the erasure over, the other patient's records are guarded again.
  expect(() => deleteRecordsOf(t.db, kept)).toThrow();
});
