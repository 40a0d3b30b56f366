import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase } from '../../src/main/db/open';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('migration 4 adds the intake tables to a version 3 database and keeps its patients', () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-mig4-'));
  const file = path.join(dir, 'mesodesk.db');
  const before = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 3) });
  before.db
    .prepare(
      `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text,
        created_at, updated_at) VALUES ('u1', 'P-000001', 'Old', '1970-01-01', 'female', 'old', 'old', 'old', 'x', 'x')`,
    )
    .run();
  before.db.close();

  const after = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
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
  after.db.close();
});
