import { expect, it } from 'vitest';
import { schemaVersionOf } from '../../../src/main/db/open';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

it('migration 2 adds the settings table to a version 1 database and keeps its patients', () => {
  migrateTo(t.db, 1);
  const id = insertPatientRow(t.db, 'u1', 'Old');

  migrateTo(t.db, 2);
  expect(schemaVersionOf(t.db)).toBe(2);
  expect(t.db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Old']);
  expect(
    t.db.prepare('SELECT rowid FROM patients_fts WHERE patients_fts MATCH ?').pluck().all('"old"'),
  ).toEqual([id]);

  const put = t.db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
  put.run('clinic.name', '"Clinique"', 't');
  expect(t.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('clinic.name')).toBe(
    '"Clinique"',
  );
  // One row per key, always with a value.
  expect(() => put.run('clinic.name', '"Other"', 't')).toThrow(/UNIQUE/);
  expect(() => put.run('clinic.phone', null, 't')).toThrow(/NOT NULL/);
});
