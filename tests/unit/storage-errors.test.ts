import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi, type Dispatch, settle } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { patientFields } from '../fixtures/patients';

let dir: string;
let file: string;
let db: Db;
let api: Dispatch;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-storage-'));
  file = path.join(dir, 'mesodesk.db');
  db = openDatabase(file).db;
  api = createApi({ db, dataDir: dir, log: () => undefined });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const patients = () => db.prepare('SELECT count(*) FROM patients').pluck().get() as number;
const createPatient = (lastName = 'Nowak', notes?: string) =>
  api('patients.create', { fields: patientFields({ lastName, ...(notes ? { notes } : {}) }) });

/** Another process that takes the write lock, reports it, holds it for `holdMs`, then commits. */
function competingWriter(holdMs: number): Promise<{ released: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3-multiple-ciphers');
    const db = new Database(process.argv[1]);
    db.prepare('BEGIN IMMEDIATE').run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.prepare('COMMIT').run();
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script, file, String(holdMs)], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const released = new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))));
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released });
    });
    child.on('error', reject);
    released.catch(reject);
  });
}

describe('a busy database', () => {
  it('makes a write wait for the busy timeout, then says another program is using the database', async () => {
    db.pragma('busy_timeout = 300');
    expect((await createPatient('Before')).ok).toBe(true);
    const other = new Database(file);
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const started = Date.now();
      const result = await createPatient();
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'errors.databaseBusy' } });
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    expect(patients()).toBe(1);
    // Once the other program lets go, the same write goes through.
    expect((await createPatient()).ok).toBe(true);
    expect(patients()).toBe(2);
  });

  it('lets a write wait for a competing writer that finishes within the timeout', async () => {
    db.pragma('busy_timeout = 5000');
    expect((await createPatient('Before')).ok).toBe(true);
    const { released } = await competingWriter(400);
    const started = Date.now();
    const result = await createPatient();
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await released;
    expect(patients()).toBe(2);
  });

  it('opens every write transaction IMMEDIATE, and nested ones as savepoints', () => {
    const other = new Database(file);
    try {
      // Held by another connection, the write lock makes even a read-first transaction wait at BEGIN.
      other.prepare('BEGIN IMMEDIATE').run();
      db.pragma('busy_timeout = 50');
      const read = db.transaction(() => db.prepare('SELECT count(*) FROM patients').pluck().get());
      expect(() => read()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      expect(read.deferred()).toBe(0);
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    const outer = db.transaction(() => db.transaction(() => 'inner')());
    expect(outer()).toBe('inner');
  });
});

describe('a full disk', () => {
  it('says the disk is full when SQLite cannot grow the file, and nothing is half-written', async () => {
    expect((await createPatient('Before')).ok).toBe(true);
    const before = patients();
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    let result = await createPatient('Full', 'n'.repeat(10_000));
    for (let i = 0; result.ok && i < 50; i++) result = await createPatient(`Full ${i}`, 'n'.repeat(10_000));
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'errors.diskFull' } });
    const after = patients();
    // Whatever fitted before the disk filled is whole; the write that met the full disk left nothing.
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(
      (auditBefore as number) + (after - before),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.pragma('max_page_count = 1073741823');
    expect((await createPatient('Later')).ok).toBe(true);
    expect(patients()).toBe(after + 1);
  });

  it('maps ENOSPC from a file write to the disk-full message and leaves no half export', async () => {
    const created = await createPatient();
    if (!created.ok) throw new Error('setup failed');
    const id = (created.value as { id: number }).id;
    const realWrite = fs.writeFileSync;
    let writes = 0;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((...args: Parameters<typeof realWrite>) => {
      writes += 1;
      if (writes > 1)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return realWrite(...args);
    });
    const result = await api('exports.patient', { patientId: id });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'errors.diskFull' } });
    expect(fs.readdirSync(path.join(dir, 'exports'))).toEqual([]);
  });

  it('maps SQLITE_FULL, ENOSPC and EDQUOT to the disk-full message, BUSY and LOCKED to the busy one', async () => {
    const failWith = (code: string) =>
      settle(
        'test',
        () => {
          throw Object.assign(new Error(code), { code });
        },
        () => undefined,
      );
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'EDQUOT']) {
      expect(await failWith(code)).toMatchObject({ ok: false, error: { message: 'errors.diskFull' } });
    }
    for (const code of [
      'SQLITE_BUSY',
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_LOCKED',
      'SQLITE_LOCKED_SHAREDCACHE',
    ]) {
      expect(await failWith(code)).toMatchObject({ ok: false, error: { message: 'errors.databaseBusy' } });
    }
    expect(await failWith('SQLITE_IOERR')).toMatchObject({
      ok: false,
      error: { message: 'errors.internal' },
    });
  });
});
