import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inspectCopy, pagesProblem } from '../../src/main/backup/inspect';
import { applyKey, openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { flipBit } from '../fixtures/flip-bit';

/*
 * The page walk (dbstat) follows an overflow chain only as far as it needs the next page's number:
 * the last page of each chain was counted but never read, so a bit flipped there passed the check.
 * Every page of every chain must now be read, decrypted and authenticated: in a table's rows, in an
 * index's entries, in a chain of one page (the full-text index's blocks) or of several.
 */

const key = crypto.randomBytes(32);
let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-overflow-'));
  file = path.join(dir, 'clinic.db');
  const { db } = openDatabase(file, { key });
  db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body BLOB NOT NULL, at TEXT NOT NULL);
           CREATE TABLE words (term TEXT NOT NULL);
           CREATE INDEX words_by_term ON words (term);`);
  const note = db.prepare('INSERT INTO notes (body, at) VALUES (?, ?)');
  // A chain of several pages, and chains of one page each.
  note.run(crypto.randomBytes(14_000), '2026-06-01T08:00:00.000Z');
  for (let i = 0; i < 3; i++) note.run(crypto.randomBytes(5_000), '2026-06-01T08:00:00.000Z');
  // An index entry too long for its page: the index b-tree has its own chain.
  db.prepare('INSERT INTO words (term) VALUES (?)').run('x'.repeat(3_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const keyed = (f: string, readonly = true): Db => {
  const db = new Database(f, { readonly });
  applyKey(db, key);
  return db;
};

/** Every overflow page of a b-tree, with whether it ends its chain. */
function overflowPages(name: string): { page: number; last: boolean }[] {
  const db = keyed(file);
  try {
    const rows = db
      .prepare(`SELECT pageno, path FROM dbstat WHERE name = ? AND pagetype = 'overflow' ORDER BY path`)
      .all(name) as { pageno: number; path: string }[];
    const chainOf = (p: string) => p.slice(0, p.indexOf('+'));
    return rows.map((row, i) => ({
      page: row.pageno,
      last: chainOf(rows[i + 1]?.path ?? '') !== chainOf(row.path),
    }));
  } finally {
    db.close();
  }
}

function checkWithFlip(page: number): string | null {
  const copy = path.join(dir, `flipped-${page}.db`);
  fs.copyFileSync(file, copy);
  flipBit(copy, (page - 1) * 4096 + 300);
  const db = keyed(copy);
  try {
    return pagesProblem(db);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db.close();
  }
}

it('catches a bit flipped in any page of a table row’s overflow chains, the last one included', () => {
  const pages = overflowPages('notes');
  // 14,000 bytes take 4 pages; each 5,000-byte row takes one more: 3 chains of one page.
  expect(pages.filter((p) => p.last)).toHaveLength(4);
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const { page } of pages) expect(checkWithFlip(page), `page ${page}`).not.toBeNull();
});

it('catches a bit flipped in the last page of an index entry’s overflow chain', () => {
  const pages = overflowPages('words_by_term');
  expect(pages.some((p) => p.last)).toBe(true);
  for (const { page } of pages) expect(checkWithFlip(page), `page ${page}`).not.toBeNull();
});

it('passes the sound copy, and the backup check itself refuses a flipped chain end', async () => {
  const sound = keyed(file);
  try {
    expect(pagesProblem(sound)).toBeNull();
  } finally {
    sound.close();
  }
  const last = overflowPages('notes').filter((p) => p.last);
  const copy = path.join(dir, 'copy.db');
  fs.copyFileSync(file, copy);
  flipBit(copy, ((last[0]?.page as number) - 1) * 4096 + 300);
  const conn = keyed(copy, false);
  try {
    const format = applyKey(conn, key);
    conn.pragma('journal_mode = DELETE');
    expect(inspectCopy(copy, conn, format)).toMatchObject({ ok: false, problem: 'damaged' });
  } finally {
    conn.close();
  }
});
