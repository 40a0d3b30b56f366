import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0012 } from '../../../src/main/db/migrations/0012-day-check';
import { insertCourseRow, insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0012) - 1]?.version ?? 0;

it('adds the day check to sessions, keeps every session and still locks signed ones', () => {
  migrateTo(t.db, previous);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  const course = insertCourseRow(t.db, patient, 'c1', 'x');
  const insert = t.db.prepare(
    `INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json, currency,
      sequence, content_json, content_hash, signed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2026-01-05', '10:00', '{"notes":"kept"}', 'EUR', ?, ?, ?, ?, 'x', 'x')`,
  );
  insert.run('s1', patient, course, 'signed', 1, '{}', 'hash', '2026-01-05T10:00:00.000Z');
  insert.run('s2', patient, course, 'draft', null, null, null, null);

  const after = t.reopenAt(migration0012.version);
  expect(after.schemaVersion).toBe(migration0012.version);
  const rows = after.db
    .prepare('SELECT uid, status, fields_json, content_hash, day_check_json FROM sessions ORDER BY uid')
    .all();
  expect(rows).toEqual([
    {
      uid: 's1',
      status: 'signed',
      fields_json: '{"notes":"kept"}',
      content_hash: 'hash',
      day_check_json: null,
    },
    { uid: 's2', status: 'draft', fields_json: '{"notes":"kept"}', content_hash: null, day_check_json: null },
  ]);
  after.db.prepare("UPDATE sessions SET day_check_json = '{}' WHERE uid = 's2'").run();
  expect(() => after.db.prepare("UPDATE sessions SET day_check_json = '{}' WHERE uid = 's1'").run()).toThrow(
    /LOCKED/,
  );
});
