import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../src/main/api';
import { inspectCopy } from '../../src/main/backup/inspect';
import { applyKey, openDatabase } from '../../src/main/db/open';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/db';
import { flipBit } from '../fixtures/flip-bit';
import { patientFields } from '../fixtures/patients';

/*
 * A backup's check reads its summary from few pages (row counts, the newest audit entries): the
 * page walk alone must find damage anywhere. One bit is flipped in one page of each b-tree of a
 * clinic in turn (its tables, indexes, full-text index, schema), and the check of the copy, on the
 * connection that folded it as a backup's does, must call each copy damaged.
 */

const key = crypto.randomBytes(32);
let dir: string;
let file: string;
let trees: { name: string; page: number }[];
let pageSize: number;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-every-tree-'));
  file = path.join(dir, 'clinic.db');
  const { db } = openDatabase(file, { key });
  const services = createServices(testContext(db));
  for (let i = 0; i < 300; i++) {
    services.patients.create(patientFieldsSchema.parse(patientFields({ lastName: `Rossi ${i}` })), true);
  }
  // The last page of each b-tree: for a table or index of one page, its root.
  trees = db.prepare('SELECT name, max(pageno) AS page FROM dbstat GROUP BY name ORDER BY name').all() as {
    name: string;
    page: number;
  }[];
  pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function checkCopy(flipPage: number | null) {
  const copy = path.join(dir, `copy-${flipPage ?? 'sound'}.db`);
  fs.copyFileSync(file, copy);
  if (flipPage !== null) flipBit(copy, (flipPage - 1) * pageSize + 300);
  const conn = new Database(copy);
  try {
    const format = applyKey(conn, key);
    conn.pragma('journal_mode = DELETE');
    return inspectCopy(copy, conn, format);
  } catch (error) {
    // Page 1 (the schema) fails already when the copy is opened.
    return { ok: false, problem: 'damaged', detail: String(error) } as const;
  } finally {
    conn.close();
    fs.rmSync(copy, { force: true });
  }
}

it('passes the sound copy, with its summary', () => {
  const sound = checkCopy(null);
  expect(sound).toMatchObject({ ok: true, contents: { counts: { patients: 300 } } });
  expect(trees.map((tree) => tree.name)).toEqual(
    expect.arrayContaining(['sqlite_schema', 'patients', 'patients_fts_data', 'audit_log']),
  );
});

it('calls a copy damaged whichever b-tree holds the flipped bit', () => {
  const missed = trees.filter((tree) => checkCopy(tree.page).ok).map((tree) => tree.name);
  expect(missed).toEqual([]);
});
