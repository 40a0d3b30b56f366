import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createServices } from '../../src/main/api';
import { CHUNK_BYTES, copyBytes } from '../../src/main/backup/copy-bytes';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { patientFields } from '../fixtures/patients';
import { createTestDb, testContext } from '../fixtures/test-db';

/* Backups run in one worker thread kept between them: jobs queue, and a failed job leaves it usable. The copy itself. */

const key = crypto.randomBytes(32);
let t: ReturnType<typeof createTestDb>;
let db: Db;

beforeEach(() => {
  t = createTestDb();
  db = openDatabase(path.join(t.dir, 'clinic.db'), { key }).db;
  const services = createServices(testContext(db, { dataDir: t.dir }));
  for (const lastName of ['Alpha', 'Beta', 'Gamma']) {
    services.patients.create(patientFieldsSchema.parse(patientFields({ lastName })), true);
  }
});
afterEach(() => {
  db.close();
  t.close();
});

const backUp = (at: string, from: Db = db) =>
  createBackup({
    db: from,
    folder: path.join(t.dir, 'backups'),
    kind: 'manual',
    key,
    now: new Date(at),
    keyfile: null,
  });

it('takes backups started together one after the other, each verified with the live counts', async () => {
  const times = ['2026-06-01T08:00:00.000Z', '2026-06-01T08:00:01.000Z', '2026-06-01T08:00:02.000Z'];
  const infos = await Promise.all(times.map((at) => backUp(at)));
  for (const [i, info] of infos.entries()) {
    expect(info.status).toBe('verified');
    // Each answer is its own job's: the anchor carries the time that job was started with.
    expect(info.auditAnchor?.at).toBe(times[i]);
    expect(info.contents?.counts.patients).toBe(3);
    expect(fs.existsSync(info.file)).toBe(true);
  }
});

it('a backup that fails in the worker leaves the next one working', async () => {
  const missing = { name: path.join(t.dir, 'no-such.db') } as Db;
  await expect(backUp('2026-06-01T09:00:00.000Z', missing)).rejects.toThrow();
  const info = await backUp('2026-06-01T09:00:01.000Z');
  expect(info.status).toBe('verified');
  expect(info.contents?.counts.patients).toBe(3);
});

it('copies a file byte for byte in chunks, reporting every byte', async () => {
  const from = path.join(t.dir, 'source.bin');
  // Three chunks and a bit, so the last read is short.
  const bytes = crypto.randomBytes(3 * CHUNK_BYTES + 4321);
  fs.writeFileSync(from, bytes);
  const to = path.join(t.dir, 'copy.bin');
  const reported: number[] = [];
  await copyBytes(from, to, { bytes: bytes.length, onBytes: (n) => reported.push(n) });
  expect(fs.readFileSync(to).equals(bytes)).toBe(true);
  expect(reported).toEqual([CHUNK_BYTES, CHUNK_BYTES, CHUNK_BYTES, 4321]);
});

it('flushes a large copy to the disk as it goes, one flush at a time, all done when the copy is', async () => {
  const from = path.join(t.dir, 'large.bin');
  const bytes = crypto.randomBytes(5 * CHUNK_BYTES + 10);
  fs.writeFileSync(from, bytes);
  const to = path.join(t.dir, 'large-copy.bin');
  const flush = fs.fdatasync.bind(fs);
  let running = 0;
  let most = 0;
  const flushes = vi.spyOn(fs, 'fdatasync').mockImplementation(((
    fd: number,
    done: (error: NodeJS.ErrnoException | null) => void,
  ) => {
    running += 1;
    most = Math.max(most, running);
    flush(fd, (error) => {
      running -= 1;
      done(error);
    });
  }) as typeof fs.fdatasync);
  try {
    await copyBytes(from, to, { bytes: bytes.length, flushEvery: 2 * CHUNK_BYTES });
    // After the second and the fourth chunk; what is left is flushed once the copy is sealed.
    expect(flushes).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
    expect(running).toBe(0);
  } finally {
    flushes.mockRestore();
  }
  expect(fs.readFileSync(to).equals(bytes)).toBe(true);
});
