import { expect, it } from 'vitest';
import { schemaVersionOf } from '../../../src/main/db/open';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

it('migration 3 adds an append-only audit log to a version 2 database and keeps its patients and settings', () => {
  migrateTo(t.db, 2);
  insertPatientRow(t.db, 'u1', 'Old');
  t.db
    .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('clinic.name', '\"Clinique\"', 't')")
    .run();

  migrateTo(t.db, 3);
  expect(schemaVersionOf(t.db)).toBe(3);
  expect(t.db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Old']);
  expect(t.db.prepare('SELECT value FROM settings').pluck().all()).toEqual(['"Clinique"']);

  t.db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, prev_hash, hash)
       VALUES ('t', 'clinic', 'patient.create', 'patient', 'u1', '', 'h1')`,
    )
    .run();
  expect(t.db.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['patient.create']);
  expect(() => t.db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(/append-only/);
  expect(() => t.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
});
