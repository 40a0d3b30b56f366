import { expect, it } from 'vitest';
import { schemaVersionOf } from '../../../src/main/db/open';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();

const match = (table: string, q: string) =>
  t.db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).pluck().all(q);

it('migration 1 turns an empty database into the patient registry', () => {
  expect(schemaVersionOf(t.db)).toBe(0);
  migrateTo(t.db, 1);
  expect(schemaVersionOf(t.db)).toBe(1);
  const tables = t.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('patients', 'patient_changes') ORDER BY name",
    )
    .pluck()
    .all();
  expect(tables).toEqual(['patient_changes', 'patients']);
  // The change log belongs to a patient that exists.
  expect(() =>
    t.db
      .prepare(
        "INSERT INTO patient_changes (patient_id, at, action, changes) VALUES (99, 't', 'created', '{}')",
      )
      .run(),
  ).toThrow(/FOREIGN KEY/);
});

it('migration 1 keeps the trigram index in step with inserts, updates and deletes', () => {
  migrateTo(t.db, 1);
  const insert = t.db.prepare(
    `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text, created_at, updated_at)
     VALUES (?, ?, 'x', '1980-01-01', 'unknown', 'x', 'x', ?, 't', 't')`,
  );
  insert.run('u1', 'P-1', 'alpha beta');
  expect(match('patients_fts', '"lph"')).toEqual([1]);
  t.db.prepare("UPDATE patients SET search_text = 'gamma' WHERE id = 1").run();
  expect(match('patients_fts', '"lph"')).toEqual([]);
  expect(match('patients_fts', '"amm"')).toEqual([1]);
  t.db.prepare('DELETE FROM patients WHERE id = 1').run();
  expect(match('patients_fts', '"amm"')).toEqual([]);
});

it('migration 1 indexes word prefixes for one- and two-character searches', () => {
  migrateTo(t.db, 1);
  const id = insertPatientRow(t.db, 'u1', 'Berger');
  expect(match('patients_words', 'b*')).toEqual([id]);
  expect(match('patients_words', 'be*')).toEqual([id]);
  expect(match('patients_words', 'x*')).toEqual([]);
});
