import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0014 } from '../../../src/main/db/migrations/0014-archiving';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0014) - 1]?.version ?? 0;

it('keeps every intake, lets a discarded draft make way for a new one and still locks signed ones', () => {
  migrateTo(t.db, previous);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  const sql = `INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json,
      answers_json, declaration, created_at, updated_at, signed_at, content_hash)
     VALUES (?, ?, ?, 1, ?, ?, '{"gpName":"kept"}', ?, 'x', 'x', ?, ?)`;
  t.db
    .prepare(sql)
    .run('signed', patient, 'signed', '{}', '{}', 'I declare', '2026-01-01T10:00:00.000Z', 'hash');
  t.db.prepare(sql).run('draft', patient, 'draft', null, null, null, null, null);

  const after = t.reopenAt(migration0014.version);
  expect(after.schemaVersion).toBe(migration0014.version);
  expect(
    after.db.prepare('SELECT uid, status, answers_json, discarded_at FROM intakes ORDER BY uid').all(),
  ).toEqual([
    { uid: 'draft', status: 'draft', answers_json: '{"gpName":"kept"}', discarded_at: null },
    { uid: 'signed', status: 'signed', answers_json: '{"gpName":"kept"}', discarded_at: null },
  ]);
  // Still one open draft per patient, but a discarded one no longer counts.
  expect(() => after.db.prepare(sql).run('second', patient, 'draft', null, null, null, null, null)).toThrow(
    /UNIQUE/,
  );
  after.db.prepare("UPDATE intakes SET discarded_at = 'now' WHERE uid = 'draft'").run();
  after.db
    .prepare(
      `INSERT INTO intakes (uid, patient_id, status, definition_version, answers_json, created_at, updated_at)
       VALUES ('next', ?, 'draft', 1, '{}', 'x', 'x')`,
    )
    .run(patient);
  expect(() => after.db.prepare("UPDATE intakes SET answers_json = '{}' WHERE uid = 'draft'").run()).toThrow(
    /LOCKED/,
  );
  expect(() =>
    after.db.prepare("UPDATE intakes SET discarded_at = 'now' WHERE uid = 'signed'").run(),
  ).toThrow(/LOCKED/);
  expect(after.db.prepare('SELECT count(*) FROM archived_templates').pluck().get()).toBe(0);
});
