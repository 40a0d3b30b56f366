import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../src/main/backup/rotation';
import { listBackups, parseBackupName } from '../../src/main/backup/store';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupList } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { patientFields } from '../fixtures/patients';
import { testVault } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
const NEW_PASS = 'eight golden herons at dusk';

let dir: string;
let clock: number;
let session: ClinicVault;
const make = (dataDir = dir) => testVault(dataDir, () => new Date(clock));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-backup-'));
  clock = Date.parse('2026-06-01T08:00:00Z');
  session = make();
  await value('vault.setup', { passphrase: PASS, confirmation: PASS });
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (channel: string, input: unknown = {}, s = session) => s.dispatch(channel, input);
async function value<T>(channel: string, input: unknown = {}, s = session): Promise<T> {
  const r = await call(channel, input, s);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
const addPatient = (lastName: string) =>
  value('patients.create', { fields: patientFields({ lastName }), allowDuplicate: true });
const names = async () =>
  (await value<PatientSearchResult>('patients.search', { includeArchived: true })).items
    .map((p) => p.lastName)
    .sort();
const tick = (ms = 60_000) => {
  clock += ms;
};

describe('back up now', () => {
  it('writes an encrypted, verified copy with row counts, listed with time, size and status', async () => {
    await addPatient('Alpha');
    tick();
    await value('settings.update', { patch: { currency: 'GBP' } });
    tick();
    const info = await value<BackupInfo>('backups.create');
    expect(info).toMatchObject({
      kind: 'manual',
      status: 'verified',
      problem: null,
      createdAt: '2026-06-01T08:02:00.000Z',
    });
    expect(info.contents?.counts.patients).toBe(1);
    // The newest change to the records (the settings at 08:01), not the audit entry of the backup itself.
    expect(info.contents?.newestRecordAt).toBe('2026-06-01T08:01:00.000Z');
    expect(info.sizeBytes).toBe(fs.statSync(info.file).size);
    const bytes = fs.readFileSync(info.file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Alpha'))).toBe(false);
    // Listed first, above the one the setup took.
    const list = await value<BackupList>('backups.list');
    expect(list.items.map((b) => b.name)).toEqual([path.basename(info.file), expect.stringMatching(/daily/)]);
    const audit = session
      .database()
      ?.prepare("SELECT entity_id FROM audit_log WHERE action = 'backup'")
      .pluck()
      .all();
    expect(audit).toEqual([list.items[1]?.name, info.name]);
  });

  it('dates the newest change by the audit trail: an archive or an erasure counts, opening, locking or backing up does not', async () => {
    // The backup the set-up took: the clinic's creation is its newest change.
    const [setup] = (await value<BackupList>('backups.list')).items;
    expect(setup?.contents?.newestRecordAt).toBe('2026-06-01T08:00:00.000Z');
    const patient = await value<{ id: number; number: string }>('patients.create', {
      fields: patientFields({ lastName: 'Alpha' }),
      allowDuplicate: true,
    });
    tick();
    await value('patients.archive', { id: patient.id });
    tick();
    await value('patients.get', { id: patient.id });
    await value('backups.create');
    tick();
    await value('vault.lock');
    await value('vault.unlock', { passphrase: PASS });
    const info = await value<BackupInfo>('backups.create');
    expect(info.createdAt).toBe('2026-06-01T08:03:00.000Z');
    expect(info.contents?.newestRecordAt).toBe('2026-06-01T08:01:00.000Z');
    // An erasure leaves no row to date: the trail dates it.
    tick();
    await value('patients.erase', { id: patient.id, confirmNumber: patient.number });
    tick();
    const afterErasure = await value<BackupInfo>('backups.create');
    expect(afterErasure.contents?.counts.patients).toBe(0);
    expect(afterErasure.contents?.newestRecordAt).toBe('2026-06-01T08:04:00.000Z');
  });

  it('writes to a folder the user chose (e.g. a USB stick), and refuses one that does not exist', async () => {
    const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-usb-'));
    try {
      const info = await value<BackupInfo>('backups.create', { folder: usb });
      expect(path.dirname(info.file)).toBe(usb);
      expect(info.status).toBe('verified');
      expect(await call('backups.create', { folder: path.join(usb, 'missing') })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'errors.folderMissing' },
      });
    } finally {
      fs.rmSync(usb, { recursive: true, force: true });
    }
  });

  it('answers LOCKED while the data is locked', async () => {
    await call('vault.lock');
    expect(await call('backups.create')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('backups.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('automatic backups', () => {
  it('takes one at the first unlock of a day only', async () => {
    await addPatient('Alpha');
    await value('vault.lock');
    await value('vault.unlock', { passphrase: PASS });
    await value('vault.lock');
    tick(3_600_000);
    await value('vault.unlock', { passphrase: PASS });
    expect((await value<BackupList>('backups.list')).items.map((b) => b.kind)).toEqual(['daily']);
    await value('vault.lock');
    tick(24 * 3_600_000);
    await value('vault.unlock', { passphrase: PASS });
    expect((await value<BackupList>('backups.list')).items.map((b) => b.kind)).toEqual(['daily', 'daily']);
  });

  it('takes one on quit while unlocked, and none while locked', async () => {
    expect(await session.backupOnQuit()).toMatchObject({ kind: 'quit', status: 'verified' });
    session.lock();
    expect(await session.backupOnQuit()).toBeNull();
  });

  it('rotates to 7 daily, 4 weekly and 12 monthly', () => {
    const start = Date.parse('2025-01-01T12:00:00Z');
    const all = Array.from({ length: 500 }, (_, i) => ({
      file: `b${i}`,
      createdAt: new Date(start + i * 86_400_000).toISOString(),
    }));
    const pruned = new Set(backupsToPrune(all));
    const kept = all.filter((b) => !pruned.has(b)).map((b) => b.createdAt.slice(0, 10));
    // The last 7 days, plus the newest of earlier weeks and months.
    expect(kept.slice(-7)).toEqual(all.slice(-7).map((b) => b.createdAt.slice(0, 10)));
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    const months = new Set(kept.map((d) => d.slice(0, 7)));
    expect(months.size).toBe(12);
  });

  it('prunes old automatic backups on disk and keeps manual ones', async () => {
    for (let day = 0; day < 10; day++) {
      await value('vault.lock');
      await value('vault.unlock', { passphrase: PASS });
      tick(24 * 3_600_000);
    }
    await value('backups.create');
    const items = (await value<BackupList>('backups.list')).items;
    // Ten days of dailies (1 to 10 June): the last 7 days are kept; 1 to 3 June are neither the
    // newest of their week (7 June is) nor of their month, so they go. The manual backup stays.
    expect(items.filter((b) => b.kind === 'daily').map((b) => b.createdAt.slice(8, 10))).toEqual([
      '10',
      '09',
      '08',
      '07',
      '06',
      '05',
      '04',
    ]);
    expect(items.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.db'))).toHaveLength(8);
  });
});

describe('restore', () => {
  it('previews a backup, takes a safety copy, swaps the data and comes back on it', async () => {
    await addPatient('Alpha');
    tick();
    const backup = await value<BackupInfo>('backups.create');
    tick();
    await addPatient('Beta');
    expect(await names()).toEqual(['Alpha', 'Beta']);
    const preview = await value<BackupInfo>('backups.preview', { file: backup.file });
    expect(preview.contents?.counts.patients).toBe(1);
    tick();
    await value('backups.restore', { file: backup.file });
    expect(await names()).toEqual(['Alpha']);
    expect(await value('vault.status')).toMatchObject({ state: 'unlocked' });
    const safety = (await value<BackupList>('backups.list')).items.find((b) => b.kind === 'pre-restore');
    expect(safety).toMatchObject({ status: 'verified' });
    expect(safety?.contents?.counts.patients).toBe(2);
    const audit = session
      .database()
      ?.prepare("SELECT entity_id FROM audit_log WHERE action = 'restore-backup'")
      .pluck()
      .all();
    expect(audit).toEqual([path.basename(backup.file)]);
    // And the restored data survives a lock and unlock.
    await value('vault.lock');
    await value('vault.unlock', { passphrase: PASS });
    expect(await names()).toEqual(['Alpha']);
  });

  it('catches a corrupted copy: verify reports it, restore refuses and nothing changes', async () => {
    await addPatient('Alpha');
    for (let i = 0; i < 50; i++) await addPatient(`Filler ${i}`);
    tick();
    const backup = await value<BackupInfo>('backups.create');
    const bytes = fs.readFileSync(backup.file);
    bytes.fill(0x5a, 8192, 8192 + 512);
    const damaged = path.join(dir, 'damaged.db');
    fs.writeFileSync(damaged, bytes);
    tick();
    await addPatient('Beta');
    const before = await names();
    for (const channel of ['backups.preview', 'backups.restore']) {
      expect(await call(channel, { file: damaged })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'errors.backupDamaged' },
      });
    }
    expect(await names()).toEqual(before);
    expect((await value<BackupList>('backups.list')).items.some((b) => b.kind === 'pre-restore')).toBe(false);
  });

  it("refuses another clinic's backup and a file that is not a backup", async () => {
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-other-'));
    const other = make(otherDir);
    try {
      await value('vault.setup', { passphrase: PASS, confirmation: PASS }, other);
      const foreign = await value<BackupInfo>('backups.create', {}, other);
      expect(await call('backups.restore', { file: foreign.file })).toMatchObject({
        ok: false,
        error: { message: 'errors.backupForeign' },
      });
      const text = path.join(otherDir, 'notes.txt');
      fs.writeFileSync(text, 'hello');
      expect(await call('backups.preview', { file: text })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect(await call('backups.preview', { file: path.join(otherDir, 'missing.db') })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'errors.backupMissing' },
      });
    } finally {
      other.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('restores a backup taken before a passphrase change, re-keyed to the current key', async () => {
    await addPatient('Alpha');
    const old = await value<BackupInfo>('backups.create');
    tick();
    await value('vault.changePassphrase', { current: PASS, passphrase: NEW_PASS, confirmation: NEW_PASS });
    await addPatient('Beta');
    await value('backups.restore', { file: old.file });
    expect(await names()).toEqual(['Alpha']);
    await value('vault.lock');
    // The restored database opens with the new passphrase's current key alone.
    await value('vault.unlock', { passphrase: NEW_PASS });
    expect(await names()).toEqual(['Alpha']);
    expect(session.database()?.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('a damaged database at unlock', () => {
  it('is reported with the newest good backup, which can be restored instead', async () => {
    await addPatient('Alpha');
    for (let i = 0; i < 50; i++) await addPatient(`Filler ${i}`);
    tick();
    const backup = await value<BackupInfo>('backups.create');
    await value('vault.lock');
    const file = path.join(dir, 'mesodesk.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x33, 4096 * 3, 4096 * 3 + 2048);
    fs.writeFileSync(file, bytes);
    const unlock = await call('vault.unlock', { passphrase: PASS });
    expect(unlock).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'errors.databaseDamaged',
        details: { kind: 'damaged-database', backup: { name: backup.name } },
      },
    });
    expect(
      await call('vault.restoreDamaged', { passphrase: 'wrong passphrase!', file: backup.file }),
    ).toMatchObject({
      ok: false,
      error: { fields: { passphrase: 'errors.wrongPassphrase' } },
    });
    tick(5 * 60_000);
    expect(await value('vault.restoreDamaged', { passphrase: PASS, file: backup.file })).toMatchObject({
      state: 'unlocked',
    });
    expect((await names()).length).toBe(51);
    // The damaged file was kept aside, not deleted.
    expect(listBackups(path.join(dir, 'backups')).some((b) => b.kind === 'damaged')).toBe(true);
  });
});

it('names backups so kind and time read back', () => {
  expect(parseBackupName('mesodesk-daily-2026-06-01T08-00-00-000Z.db')).toEqual({
    kind: 'daily',
    createdAt: '2026-06-01T08:00:00.000Z',
  });
  expect(parseBackupName('pre-migration-v3.db')).toBeNull();
});
