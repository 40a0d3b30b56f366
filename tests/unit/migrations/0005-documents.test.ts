import { expect, it } from 'vitest';
import { schemaVersionOf } from '../../../src/main/db/open';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

it('migration 5 adds logos, templates and documents to a version 4 database and keeps its intakes', () => {
  migrateTo(t.db, 4);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  t.db
    .prepare(
      `INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json, answers_json,
        declaration, created_at, updated_at, signed_at, content_hash)
       VALUES ('i1', ?, 'signed', 1, '{}', '{}', '{"a":1}', 'I confirm', 't', 't', 't', 'hash')`,
    )
    .run(patient);

  migrateTo(t.db, 5);
  expect(schemaVersionOf(t.db)).toBe(5);
  expect(t.db.prepare('SELECT answers_json FROM intakes').pluck().all()).toEqual(['{"a":1}']);
  // The old intake is still locked.
  expect(() => t.db.prepare('DELETE FROM intakes').run()).toThrow(/locked/);

  t.db
    .prepare(
      "INSERT INTO clinic_logos (hash, mime, data, created_at) VALUES ('h', 'image/png', x'89504e47', 't')",
    )
    .run();
  expect(() => t.db.prepare("UPDATE clinic_logos SET data = x'00'").run()).toThrow(/LOCKED/);
  expect(() =>
    t.db
      .prepare(
        "INSERT INTO clinic_logos (hash, mime, data, created_at) VALUES ('g', 'image/gif', x'00', 't')",
      )
      .run(),
  ).toThrow(/CHECK/);

  const template = t.db
    .prepare(
      `INSERT INTO document_templates (key, version, kind, area_group, builtin, title, content, created_at)
       VALUES ('consent-face', 1, 'consent', 'face', 1, 'Consent', 'I agree', 't')`,
    )
    .run().lastInsertRowid;
  expect(() => t.db.prepare("UPDATE document_templates SET content = 'changed'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM document_templates').run()).toThrow(/LOCKED/);

  t.db
    .prepare(
      `INSERT INTO documents (uid, patient_id, kind, template_id, title, snapshot, signatures, created_at, sha256)
       VALUES ('d1', ?, 'consent', ?, 'Consent', 'I agree', '[]', 't', 'sha')`,
    )
    .run(patient, template);
  expect(() => t.db.prepare("UPDATE documents SET snapshot = 'changed'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM documents').run()).toThrow(/LOCKED/);
  // A withdrawal may be recorded once, and then the document is closed.
  const withdraw = t.db.prepare(
    "UPDATE documents SET withdrawn_on = '2026-03-01', withdrawal_reason = ?, withdrawal_recorded_at = 't'",
  );
  withdraw.run('Changed my mind');
  expect(() => withdraw.run('Again')).toThrow(/LOCKED/);
  expect(t.db.prepare('SELECT withdrawal_reason FROM documents').pluck().get()).toBe('Changed my mind');
});
