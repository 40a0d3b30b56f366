import { expect, it } from 'vitest';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

it('migration 4 adds the intake tables to a version 3 database and keeps its patients', () => {
  migrateTo(t.db, 3);
  const patient = insertPatientRow(t.db, 'u1', 'Old');

  const after = t.reopenAt(4);
  expect(after.schemaVersion).toBe(4);
  expect(after.preMigrationBackup).not.toBeNull();
  const tables = after.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('intakes', 'intake_signatures', 'flag_decisions') ORDER BY name",
    )
    .pluck()
    .all();
  expect(tables).toEqual(['flag_decisions', 'intake_signatures', 'intakes']);
  expect(after.db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Old']);

  // A signed intake of the old patient is locked, and so are its signatures.
  const intake = after.db
    .prepare(
      `INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json, answers_json,
        declaration, created_at, updated_at, signed_at, content_hash)
       VALUES ('i1', ?, 'signed', 1, '{}', '{}', '{}', 'I confirm', 't', 't', 't', 'hash')`,
    )
    .run(patient).lastInsertRowid;
  after.db
    .prepare(
      `INSERT INTO intake_signatures (intake_id, role, signer_name, method, image_png, signed_at)
       VALUES (?, 'patient', 'Old', 'typed', x'00', 't')`,
    )
    .run(intake);
  expect(() => after.db.prepare('UPDATE intakes SET answers_json = \'{"x":1}\'').run()).toThrow(/locked/);
  expect(() => after.db.prepare('DELETE FROM intakes').run()).toThrow(/locked/);
  expect(() => after.db.prepare('DELETE FROM intake_signatures').run()).toThrow(/locked/);
  // A signed intake must say what was signed.
  expect(() =>
    after.db
      .prepare(
        `INSERT INTO intakes (uid, patient_id, status, definition_version, answers_json, created_at, updated_at)
         VALUES ('i2', ?, 'signed', 1, '{}', 't', 't')`,
      )
      .run(patient),
  ).toThrow(/CHECK/);
});

it('migration 4 allows one draft intake per patient', () => {
  migrateTo(t.db, 3);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  migrateTo(t.db, 4);
  const draft = t.db.prepare(
    `INSERT INTO intakes (uid, patient_id, status, definition_version, answers_json, created_at, updated_at)
     VALUES (?, ?, 'draft', 1, '{}', 't', 't')`,
  );
  draft.run('d1', patient);
  expect(() => draft.run('d2', patient)).toThrow(/UNIQUE/);
});
