import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { copyBytes, LOCK_BYTE_OFFSET, lockBytePage } from '../../src/main/backup/copy-bytes';
import { pagesProblem } from '../../src/main/backup/inspect';

/*
 * A clinic over 1 GiB: SQLite keeps its file locks in the bytes at 1 GiB and never stores anything in
 * the page holding them; on Windows those bytes cannot be read while another connection holds a lock.
 * Made here as sparse files (a few pages written, the rest holes), so nothing near 1 GiB is written.
 */

const PAGE = 65536;
const LOCK_PAGE = LOCK_BYTE_OFFSET / PAGE + 1;
const LOCKED: [number, number] = [LOCK_BYTE_OFFSET, LOCK_BYTE_OFFSET + 512];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-lock-page-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Reads of the locked bytes fail, as on Windows while another connection holds a lock. */
async function whileLocked<T>(work: () => T | Promise<T>): Promise<T> {
  const read = fs.readSync.bind(fs) as (...args: unknown[]) => number;
  const spy = vi.spyOn(fs, 'readSync').mockImplementation(((...args: unknown[]) => {
    const [, , , length, position] = args as [number, Buffer, number, number, number];
    if (position < LOCKED[1] && position + length > LOCKED[0]) {
      throw Object.assign(new Error('EBUSY: the file is locked'), { code: 'EBUSY' });
    }
    return read(...args);
  }) as typeof fs.readSync);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/**
 * A database of one page past the lock-byte page (about 1 GiB + 128 KiB): a table in its first
 * pages, every page up to the lock-byte page free, and the freelist's trunk page after it. Free
 * pages are never read, so they stay holes; the lock-byte page holds bytes that must never be copied.
 */
function sparseClinic(file: string): number {
  const db = new Database(file);
  db.pragma(`page_size = ${PAGE}`);
  db.pragma('journal_mode = DELETE');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  for (let i = 0; i < 200; i++) insert.run(crypto.randomBytes(200).toString('hex'));
  db.close();
  const used = fs.statSync(file).size / PAGE;
  const trunk = LOCK_PAGE + 1;
  const leaves = Array.from({ length: LOCK_PAGE - 1 - used }, (_, i) => used + 1 + i);
  const fd = fs.openSync(file, 'r+');
  try {
    // Header: the page count, the first freelist trunk page, the number of free pages.
    fs.writeSync(fd, Buffer.concat([u32(trunk), u32(trunk), u32(leaves.length + 1)]), 0, 12, 28);
    fs.writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, LOCK_BYTE_OFFSET);
    const trunkPage = Buffer.alloc(PAGE);
    Buffer.concat([u32(0), u32(leaves.length), ...leaves.map(u32)]).copy(trunkPage);
    fs.writeSync(fd, trunkPage, 0, PAGE, (trunk - 1) * PAGE);
  } finally {
    fs.closeSync(fd);
  }
  return trunk * PAGE;
}

function checked(file: string): { integrity: unknown; pages: string | null; count: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      pages: pagesProblem(db),
      count: db.prepare('SELECT count(*) FROM notes').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

it('copies a database over 1 GiB without reading the lock-byte page, and the copy opens and checks', async () => {
  const live = path.join(dir, 'clinic.db');
  const bytes = sparseClinic(live);
  expect(bytes).toBeGreaterThan(LOCK_BYTE_OFFSET);
  expect(checked(live)).toEqual({ integrity: 'ok', pages: null, count: 200 });
  // Reading the locked bytes really fails here, as it would on Windows.
  const handle = fs.openSync(live, 'r');
  try {
    await expect(
      whileLocked(() => fs.readSync(handle, Buffer.alloc(16), 0, 16, LOCK_BYTE_OFFSET + 100)),
    ).rejects.toThrow(/locked/);
  } finally {
    fs.closeSync(handle);
  }

  const copy = path.join(dir, 'copy.db');
  await whileLocked(() => copyBytes(live, copy, { bytes, zeros: lockBytePage(PAGE) }));

  expect(fs.statSync(copy).size).toBe(bytes);
  // Holes stayed holes: a few pages of the copy are on the disk, not a gigabyte.
  expect(fs.statSync(copy).blocks * 512).toBeLessThan(16 * 1024 * 1024);
  const at = (file: string, position: number, length = PAGE) => {
    const fd = fs.openSync(file, 'r');
    try {
      const b = Buffer.alloc(length);
      fs.readSync(fd, b, 0, length, position);
      return b;
    } finally {
      fs.closeSync(fd);
    }
  };
  expect(at(copy, LOCK_BYTE_OFFSET).equals(Buffer.alloc(PAGE))).toBe(true);
  expect(at(copy, 0, 4 * PAGE).equals(at(live, 0, 4 * PAGE))).toBe(true);
  expect(at(copy, LOCK_BYTE_OFFSET + PAGE).equals(at(live, LOCK_BYTE_OFFSET + PAGE))).toBe(true);
  expect(checked(copy)).toEqual({ integrity: 'ok', pages: null, count: 200 });
});

it('writes zeros for the part of the lock-byte page a chunk holds, and copies the rest of that chunk', async () => {
  const from = path.join(dir, 'around');
  const to = path.join(dir, 'around-copy');
  // Data from 3 MiB before the lock-byte page to 3 MiB after it, the page itself included.
  const start = LOCK_BYTE_OFFSET - 3 * 1024 * 1024;
  const data = crypto.randomBytes(6 * 1024 * 1024 + 4096);
  const fd = fs.openSync(from, 'w');
  fs.writeSync(fd, data, 0, data.length, start);
  fs.closeSync(fd);
  const bytes = start + data.length;
  const reported: number[] = [];
  await whileLocked(() =>
    copyBytes(from, to, { bytes, zeros: lockBytePage(4096), onBytes: (n) => reported.push(n) }),
  );
  const copied = Buffer.alloc(data.length);
  const out = fs.openSync(to, 'r');
  fs.readSync(out, copied, 0, copied.length, start);
  fs.closeSync(out);
  const expected = Buffer.from(data);
  expected.fill(0, LOCK_BYTE_OFFSET - start, LOCK_BYTE_OFFSET - start + 4096);
  expect(copied.equals(expected)).toBe(true);
  expect(reported.reduce((a, b) => a + b, 0)).toBe(bytes);
  expect(fs.statSync(to).blocks * 512).toBeLessThan(16 * 1024 * 1024);
});
