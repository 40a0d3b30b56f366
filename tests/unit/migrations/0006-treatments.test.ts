import { expect, it } from 'vitest';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

it('migration 6 adds the treatment tables and starter products to a version 5 database', () => {
  migrateTo(t.db, 5);
  insertPatientRow(t.db, 'u1', 'Old');

  const after = t.reopenAt(6);
  expect(after.schemaVersion).toBe(6);
  expect(after.preMigrationBackup).not.toBeNull();
  const tables = after.db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('products', 'lots', 'courses', 'sessions',
        'session_items', 'session_amendments', 'adverse_events', 'adverse_event_lots') ORDER BY name`,
    )
    .pluck()
    .all();
  expect(tables).toEqual([
    'adverse_event_lots',
    'adverse_events',
    'courses',
    'lots',
    'products',
    'session_amendments',
    'session_items',
    'sessions',
  ]);
  const starter = after.db.prepare('SELECT name, type, builtin FROM products ORDER BY id').all() as {
    name: string;
    type: string;
    builtin: number;
  }[];
  expect(starter).toHaveLength(8);
  expect(starter.every((p) => p.builtin === 1)).toBe(true);
  expect(after.db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Old']);
  // Foreign keys hold: a session for a patient that does not exist is refused.
  expect(() =>
    after.db
      .prepare(
        `INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json, currency,
          created_at, updated_at) VALUES ('s', 99, 99, 'draft', '2026-03-01', '10:00', '{}', 'EUR', 'x', 'x')`,
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
});
