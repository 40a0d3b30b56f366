import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase } from '../../src/main/db/open';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('migration 6 adds the treatment tables and starter products to a version 5 database', () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-mig6-'));
  const file = path.join(dir, 'mesodesk.db');
  const before = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
  before.db
    .prepare(
      `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text,
        created_at, updated_at) VALUES ('u1', 'P-000001', 'Old', '1970-01-01', 'female', 'old', 'old', 'old', 'x', 'x')`,
    )
    .run();
  before.db.close();

  const after = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 6) });
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
  after.db.close();
});
