import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createServices } from '../../src/main/api';
import { describeInHelper } from '../../src/main/backup/check-helper';
import {
  type CopyDescription,
  describeFile,
  type Inspection,
  inspectCopy,
} from '../../src/main/backup/inspect';
import { type SnapshotJob, takeSnapshot } from '../../src/main/backup/snapshot';
import { applyKey, type CipherFormat, openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { workerEntryFile } from '../../src/main/workers/spawn';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/db';
import { flipBit } from '../fixtures/flip-bit';
import { patientFields } from '../fixtures/patients';

/*
 * A large copy is checked on two threads (inspectCopy): this one walks every page of every b-tree
 * while a helper thread, with its own connection to the copy, reads the summary. Run here on a small
 * clinic with the split asked for from 0 bytes, through the helper thread's real entry file.
 */

const key = crypto.randomBytes(32);
let dir: string;
let file: string;
let db: Db;
let entry: string;

beforeAll(() => {
  entry = workerEntryFile('backup-check-worker');
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-check-split-'));
  file = path.join(dir, 'clinic.db');
  db = openDatabase(file, { key }).db;
  const services = createServices(testContext(db));
  for (let i = 0; i < 400; i++) {
    services.patients.create(patientFieldsSchema.parse(patientFields({ lastName: `Rossi ${i}` })), true);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const snapshotJob = (name: string, split: boolean): SnapshotJob => {
  const target = path.join(dir, name);
  return {
    dbFile: file,
    partial: `${target}.partial`,
    target,
    kind: 'manual',
    key: Uint8Array.from(key),
    keyfile: null,
    at: '2026-06-01T08:00:00.000Z',
    ...(split ? { checkHelper: { entry, fromBytes: 0 } } : {}),
  };
};

/** A copy of the clinic as a backup's check finds it: one file, its WAL folded, on its folding connection. */
function sealedCopy(name: string): { copy: string; conn: Db; format: CipherFormat } {
  const copy = path.join(dir, name);
  fs.copyFileSync(file, copy);
  const conn = new Database(copy);
  const format = applyKey(conn, key);
  conn.pragma('journal_mode = DELETE');
  return { copy, conn, format };
}

const inHelper = (copy: string, format: CipherFormat) => () =>
  describeInHelper(entry, { file: copy, key: Uint8Array.from(key), format });

const describedAlone = (copy: string, format: CipherFormat): CopyDescription =>
  describeFile({ file: copy, key: Uint8Array.from(key), format });

/** Pages of the copy's b-tree `name`, from its last. */
const pagesOf = (conn: Db, name: string): number[] =>
  conn.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno DESC').pluck().all(name) as number[];

/** One bit of a page of the copy changes, past its header. */
const flipPage = (copy: string, page: number) => flipBit(copy, (page - 1) * 4096 + 200);

const contentsOf = (inspection: Inspection) => (inspection.ok ? inspection.contents : inspection);

it('a backup checked on two threads verifies with the same summary as one checked on one', async () => {
  const one = await takeSnapshot(snapshotJob('one.db', false), () => undefined);
  const two = await takeSnapshot(snapshotJob('two.db', true), () => undefined);
  expect(one.status).toBe('verified');
  expect(two.status).toBe('verified');
  expect(two.contents).toEqual(one.contents);
  expect(two.contents?.counts.patients).toBe(400);
  expect(two.contents?.newestRecordAt).toBeTruthy();
});

it('a helper thread that cannot start fails no backup: the summary is read on the one thread', async () => {
  const job = {
    ...snapshotJob('no-helper.db', false),
    checkHelper: { entry: path.join(dir, 'missing.js'), fromBytes: 0 },
  };
  const info = await takeSnapshot(job, () => undefined);
  expect(info.status).toBe('verified');
  expect(info.contents?.counts.patients).toBe(400);
});

it('catches a bit flipped in a page that only the page walk reads, the summary being read on the other thread', async () => {
  const { copy, conn, format } = sealedCopy('walk-only.db');
  try {
    const sound = await inspectCopy(copy, conn, format, inHelper(copy, format));
    expect(sound.ok).toBe(true);
    // An index page no scan of the summary reads: the helper alone finds the copy sound.
    const indexes = conn
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`)
      .pluck()
      .all() as string[];
    let flipped = false;
    for (const page of indexes.flatMap((name) => pagesOf(conn, name))) {
      flipPage(copy, page);
      if (describedAlone(copy, format).ok) {
        flipped = true;
        break;
      }
      flipPage(copy, page);
    }
    expect(flipped, 'an index page outside the summary').toBe(true);
    const split = await inspectCopy(copy, conn, format, inHelper(copy, format));
    expect(split).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await inspectCopy(copy, conn, format)).toMatchObject({ ok: false, problem: 'damaged' });
  } finally {
    conn.close();
  }
});

it('catches a bit flipped in a page the summary thread reads, in the last of the table', async () => {
  const { copy, conn, format } = sealedCopy('summary-share.db');
  try {
    const [last] = pagesOf(conn, 'patients');
    flipPage(copy, last as number);
    expect(describedAlone(copy, format)).toMatchObject({ ok: false, problem: 'damaged' });
    expect(await inHelper(copy, format)()).toMatchObject({ ok: false, problem: 'damaged' });
    const split = await inspectCopy(copy, conn, format, inHelper(copy, format));
    expect(split).toMatchObject({ ok: false, problem: 'damaged' });
  } finally {
    conn.close();
  }
});

it("counts the other thread's finding, and reads the summary here when that thread cannot answer", async () => {
  const { copy, conn, format } = sealedCopy('combined.db');
  try {
    const here = await inspectCopy(copy, conn, format);
    expect(here.ok).toBe(true);
    // The helper thread itself answers with the same summary.
    expect(await inHelper(copy, format)()).toEqual({ ok: true, contents: contentsOf(here) });
    for (const problem of ['damaged', 'not-a-backup'] as const) {
      const found = async (): Promise<CopyDescription> => ({
        ok: false,
        problem,
        detail: 'the other thread',
      });
      expect(await inspectCopy(copy, conn, format, found)).toMatchObject({ ok: false, problem });
    }
    const stopped = () => Promise.reject(new Error('The check helper stopped (exit code 1).'));
    expect(contentsOf(await inspectCopy(copy, conn, format, stopped))).toEqual(contentsOf(here));
    const neverStarted = (): Promise<CopyDescription> => {
      throw new Error('no such entry');
    };
    expect(contentsOf(await inspectCopy(copy, conn, format, neverStarted))).toEqual(contentsOf(here));
  } finally {
    conn.close();
  }
});

it('a backup checked on two threads while the app writes holds every write acknowledged before it began', async () => {
  const services = createServices(testContext(db, { newId: () => crypto.randomUUID() }));
  const before = db.prepare('SELECT count(*) FROM patients').pluck().get() as number;
  let during = 0;
  const info = await takeSnapshot(snapshotJob('live.db', true), (p) => {
    if (p.phase !== 'copying') return;
    services.patients.create(
      patientFieldsSchema.parse(patientFields({ lastName: `During ${during}` })),
      true,
    );
    during += 1;
  });
  expect(during).toBeGreaterThan(0);
  expect(info.status).toBe('verified');
  const copy = new Database(info.file, { readonly: true });
  try {
    applyKey(copy, key);
    const rows = copy.prepare('SELECT count(*) FROM patients').pluck().get() as number;
    expect(rows).toBe(before);
    expect(info.contents?.counts.patients).toBe(before);
  } finally {
    copy.close();
  }
});
