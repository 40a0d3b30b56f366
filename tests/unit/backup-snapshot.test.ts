import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { copyBytes } from '../../src/main/backup/copy-bytes';
import { inspectCopy } from '../../src/main/backup/inspect';
import { takeSnapshot } from '../../src/main/backup/snapshot';
import { committedWalBytes, readWalIndex } from '../../src/main/backup/wal-index';
import { applyKey, openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import type { BackupProgress } from '../../src/shared/backup/schema';
import { flipBit } from '../fixtures/flip-bit';
import { createTestDb } from '../fixtures/test-db';

/*
 * The copy holds the write lock only while a read snapshot opens; the app then writes and
 * checkpoints while the files are copied. Run here in this thread, so that the writes happen at a
 * known point: in the middle of the copy of the database file.
 */

const key = crypto.randomBytes(32);
let t: ReturnType<typeof createTestDb>;
let file: string;
let db: Db;

beforeEach(() => {
  t = createTestDb();
  file = path.join(t.dir, 'clinic.db');
  db = openDatabase(file, { key }).db;
  db.exec('CREATE TABLE filler (n INTEGER PRIMARY KEY, b BLOB NOT NULL)');
  // About 3 MB, so that the copy of the database file takes several 1 MiB chunks.
  db.exec(`WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000)
           INSERT INTO filler (b) SELECT randomblob(1000) FROM c`);
  db.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => {
  db.close();
  t.close();
});

const openKeyed = (f: string, readonly = false) => {
  const conn = new Database(f, { readonly });
  applyKey(conn, key);
  return conn;
};
/** Every row of the filler table, hashed in order. */
const fingerprint = (conn: Db) => {
  const hash = crypto.createHash('sha256');
  for (const row of conn.prepare('SELECT n, b FROM filler ORDER BY n').iterate() as Iterable<{
    n: number;
    b: Buffer;
  }>) {
    hash.update(String(row.n)).update(row.b);
  }
  return hash.digest('hex');
};

function snapshotJob(name: string) {
  const target = path.join(t.dir, name);
  return {
    dbFile: file,
    partial: `${target}.partial`,
    target,
    kind: 'manual' as const,
    key,
    keyfile: null,
    at: '2026-06-01T08:00:00.000Z',
  };
}

it('copies one committed state while the app writes and checkpoints into the file being copied', async () => {
  // A reader left open keeps the next commit out of the database file: it stays in the WAL.
  const old = openKeyed(file);
  old.exec('BEGIN');
  old.prepare('SELECT count(*) FROM filler').get();
  db.exec('UPDATE filler SET b = randomblob(1000) WHERE n % 3 = 0');
  db.exec(`INSERT INTO filler (b) VALUES (x'01')`);
  const before = readWalIndex(`${file}-shm`);
  expect(before && before.mxFrame > before.nBackfill).toBe(true);
  const expected = fingerprint(db);
  const rowsBefore = db.prepare('SELECT count(*) FROM filler').pluck().get() as number;

  let checkpointed: number[] = [];
  let midCopy = false;
  const progress = (p: BackupProgress) => {
    if (midCopy || p.phase !== 'copying') return;
    midCopy = p.doneBytes < p.totalBytes;
    // The old reader goes; the app changes pages, adds rows and checkpoints, all during the copy.
    old.exec('COMMIT');
    old.close();
    db.exec('UPDATE filler SET b = randomblob(1000) WHERE n % 2 = 0');
    db.exec(`INSERT INTO filler (b) VALUES (x'02')`);
    checkpointed = (db.pragma('wal_checkpoint(PASSIVE)') as { checkpointed: number }[]).map(
      (r) => r.checkpointed,
    );
  };
  const info = await takeSnapshot(snapshotJob('during-checkpoint.db'), progress);

  expect(midCopy).toBe(true);
  // The checkpoint did write frames of the copied snapshot into the file while it was copied.
  expect(checkpointed[0]).toBeGreaterThan(before?.nBackfill ?? 0);
  expect(info.status).toBe('verified');
  expect(info.contents?.counts.filler).toBe(rowsBefore);
  const copy = openKeyed(info.file, true);
  try {
    expect(fingerprint(copy)).toBe(expected);
    expect(copy.prepare(`SELECT count(*) FROM filler WHERE b = x'02'`).pluck().get()).toBe(0);
  } finally {
    copy.close();
  }
  // The live database went on: its later writes are there, not in the copy.
  expect(fingerprint(db)).not.toBe(expected);
});

it('leaves the WAL out when everything in it is already in the database file', async () => {
  db.exec(`INSERT INTO filler (b) VALUES (x'03')`);
  const expected = fingerprint(db);
  // Waiting for the lock here would never end: this thread is the one copying.
  db.pragma('busy_timeout = 0');
  const sizes: number[] = [];
  const info = await takeSnapshot(snapshotJob('folded.db'), (p) => {
    if (p.phase !== 'copying') return;
    if (sizes.length === 0) db.exec(`INSERT INTO filler (b) VALUES (x'05')`);
    sizes.push(p.totalBytes);
  });
  expect(info.status).toBe('verified');
  // The passive checkpoint before the copy folded the WAL: only the database file was copied.
  expect(sizes[0]).toBe(fs.statSync(file).size);
  const copy = openKeyed(info.file, true);
  try {
    expect(fingerprint(copy)).toBe(expected);
  } finally {
    copy.close();
  }
});

it('copies a database whose WAL was never written to, the app saving during the copy', async () => {
  db.close();
  db = openDatabase(file, { key }).db;
  db.pragma('busy_timeout = 0');
  const expected = fingerprint(db);
  let wrote = false;
  const info = await takeSnapshot(snapshotJob('fresh.db'), (p) => {
    if (p.phase !== 'copying' || wrote) return;
    db.exec(`INSERT INTO filler (b) VALUES (x'06')`);
    wrote = true;
  });
  expect(wrote).toBe(true);
  expect(info.status).toBe('verified');
  const copy = openKeyed(info.file, true);
  try {
    expect(fingerprint(copy)).toBe(expected);
  } finally {
    copy.close();
  }
});

it('reads the wal-index, and refuses a wal-index it cannot trust', () => {
  const reader = openKeyed(file);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM filler').get();
  db.exec(`INSERT INTO filler (b) VALUES (x'04')`);
  const index = readWalIndex(`${file}-shm`);
  expect(index?.pageSize).toBe(4096);
  expect(index?.mxFrame).toBeGreaterThan(0);
  expect(committedWalBytes(index ?? { mxFrame: 0, nBackfill: 0, pageSize: 0 })).toBe(
    fs.statSync(`${file}-wal`).size,
  );
  reader.exec('COMMIT');
  reader.close();

  // A WAL nothing was written to since the database was opened: nothing to copy, and it says so.
  const fresh = path.join(t.dir, 'fresh.db');
  fs.copyFileSync(file, fresh);
  const reopened = openDatabase(fresh, { key }).db;
  try {
    expect(readWalIndex(`${fresh}-shm`)).toEqual({ mxFrame: 0, nBackfill: 0, pageSize: 0 });
  } finally {
    reopened.close();
  }

  const shm = fs.readFileSync(`${file}-shm`);
  const damaged = path.join(t.dir, 'damaged-shm');
  const differing = Buffer.from(shm);
  differing[16] = (differing[16] ?? 0) ^ 1; // mxFrame of the first header copy only
  fs.writeFileSync(damaged, differing);
  expect(readWalIndex(damaged)).toBeNull();
  fs.writeFileSync(damaged, Buffer.alloc(200));
  expect(readWalIndex(damaged)).toBeNull();
  expect(readWalIndex(path.join(t.dir, 'missing-shm'))).toBeNull();
});

it('refuses to cut a WAL shorter than its committed frames say', async () => {
  const from = path.join(t.dir, 'short');
  fs.writeFileSync(from, crypto.randomBytes(1000));
  await expect(copyBytes(from, path.join(t.dir, 'cut'), { bytes: 2000 })).rejects.toThrow(/1000 bytes/);
  await copyBytes(from, path.join(t.dir, 'cut'), { bytes: 600 });
  expect(fs.statSync(path.join(t.dir, 'cut')).size).toBe(600);
});

it('checks a copy on the connection that folded it by reading every page from the file again', async () => {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const copyFile = path.join(t.dir, 'cached.db');
  fs.copyFileSync(file, copyFile);
  const conn = new Database(copyFile);
  try {
    const format = applyKey(conn, key);
    conn.pragma('journal_mode = DELETE');
    conn.pragma('cache_size = -20000');
    // Every page of the table is now in the connection's cache, decrypted.
    fingerprint(conn);
    expect(inspectCopy(copyFile, conn, format)).toMatchObject({ ok: true });
    // One bit changes on the disk in a page the cache holds.
    const pageSize = conn.pragma('page_size', { simple: true }) as number;
    const pages = conn.pragma('page_count', { simple: true }) as number;
    flipBit(copyFile, Math.floor(pages / 2) * pageSize + 100);
    expect(inspectCopy(copyFile, conn, format)).toMatchObject({ ok: false, problem: 'damaged' });
  } finally {
    conn.close();
  }
});
