import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { DatabaseTooNewError, openDatabase } from '../../../src/main/db/open';
import type { Migration } from '../../../src/main/db/types';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-migrate-'));
  file = path.join(dir, 'mesodesk.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opening the database', () => {
  it('creates a new database at the latest schema with the clinical pragmas', () => {
    const { db, schemaVersion, preMigrationBackup } = openDatabase(file);
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(preMigrationBackup).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('numbers migrations 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('starts from an existing empty file', () => {
    fs.writeFileSync(file, '');
    const { db, schemaVersion } = openDatabase(file);
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version with a clear message and leaves it untouched', () => {
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future_table (x)');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Mesodesk/);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('copies an existing database before migrating it, and keeps every row', () => {
    const v1 = MIGRATIONS.slice(0, 1);
    const first = openDatabase(file, { migrations: v1 });
    first.db
      .prepare(
        `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text, created_at, updated_at)
         VALUES ('u1', 'P-000001', 'Öztürk', '1980-01-01', 'unknown', 'ozturk', 'ozturk', 'ozturk', 't', 't')`,
      )
      .run();
    first.db.close();

    const second = openDatabase(file, { now: () => new Date('2026-05-01T10:00:00Z') });
    expect(second.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(second.preMigrationBackup).toMatch(/backups[/\\]pre-migration-v1-2026-05-01T10-00-00-000Z\.db$/);
    expect(second.db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Öztürk']);
    second.db.close();

    const copy = new Database(second.preMigrationBackup as string, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Öztürk']);
    copy.close();
  });

  it('rolls back a failing migration completely, so the version never claims a half-applied schema', () => {
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    openDatabase(file).db.close();
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    raw.close();
  });
});
