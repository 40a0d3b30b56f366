import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createServices } from '../../src/main/api';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupProgress } from '../../src/shared/backup/schema';
import { type PatientSearchResult, patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import { testVault } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
let dir: string;
let session: ClinicVault;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-backup-live-'));
  session = testVault(dir);
  await value('vault.setup', { passphrase: PASS, confirmation: PASS });
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function value<T>(channel: string, input: unknown = {}): Promise<T> {
  const r = await session.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
const addPatient = (lastName: string) =>
  value('patients.create', { fields: patientFields({ lastName }), allowDuplicate: true });
/** Every patient's last name, page by page: a fast machine writes more than one page during a backup. */
async function names(): Promise<string[]> {
  const all: string[] = [];
  for (;;) {
    const page = await value<PatientSearchResult>('patients.search', {
      includeArchived: true,
      offset: all.length,
      limit: 500,
    });
    all.push(...page.items.map((p) => p.lastName));
    if (page.items.length < 500) return all;
  }
}

it('a backup taken while writes continue verifies and holds every write acknowledged before it started', async () => {
  const before: string[] = [];
  for (let i = 0; i < 60; i++) {
    const name = `Before${i}`;
    await addPatient(name);
    before.push(name);
  }
  let finished = false;
  const backup = value<BackupInfo>('backups.create').finally(() => {
    finished = true;
  });
  const during: string[] = [];
  // The app keeps answering and writing while the worker copies and verifies.
  while (!finished) {
    const name = `During${during.length}`;
    await addPatient(name);
    during.push(name);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const info = await backup;
  expect(info.status).toBe('verified');
  expect(during.length).toBeGreaterThan(0);
  const copied = info.contents?.counts.patients ?? 0;
  expect(copied).toBeGreaterThanOrEqual(before.length);
  expect(copied).toBeLessThanOrEqual(before.length + during.length);
  // The anchor describes exactly the trail that was copied.
  expect(info.auditAnchor?.count).toBe(info.contents?.counts.audit_log);
  expect(await value('backups.progress')).toEqual({ phase: 'idle' });

  await value('backups.restore', { file: info.file });
  const restored = await names();
  expect(restored).toEqual(expect.arrayContaining(before));
  expect(restored).toHaveLength(copied);
  // What was copied is a prefix of what was written: no write is half there.
  expect(restored.filter((n) => n.startsWith('During')).sort()).toEqual(
    during.slice(0, copied - before.length).sort(),
  );
});

it('reports the copy in bytes, then the check, and leaves no partial file when the copy fails', async () => {
  const key = crypto.randomBytes(32);
  const { db } = openDatabase(path.join(dir, 'direct.db'), { key });
  createServices(testContext(db)).patients.create(
    patientFieldsSchema.parse(patientFields({ lastName: 'Solo' })),
    true,
  );
  const seen: BackupProgress[] = [];
  const folder = path.join(dir, 'direct-backups');
  const info = await createBackup({
    db,
    folder,
    kind: 'manual',
    key,
    now: new Date('2026-06-01T08:00:00Z'),
    keyfile: null,
    onProgress: (p) => seen.push(p),
  });
  expect(info.status).toBe('verified');
  const copying = seen.filter((p) => p.phase === 'copying');
  expect(copying.length).toBeGreaterThan(0);
  const last = copying.at(-1) as Extract<BackupProgress, { phase: 'copying' }>;
  expect(last.doneBytes).toBe(last.totalBytes);
  expect(seen.at(-1)).toEqual({ phase: 'verifying' });
  expect(fs.readdirSync(folder).sort()).toEqual([info.name, `${info.name}.json`]);

  // A wrong key: the worker cannot open the database, the call fails and nothing is left behind.
  await expect(
    createBackup({ db, folder, kind: 'manual', key: crypto.randomBytes(32), now: new Date(), keyfile: null }),
  ).rejects.toThrow();
  expect(fs.readdirSync(folder).sort()).toEqual([info.name, `${info.name}.json`]);
  db.close();
});
