import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stageRestore } from '../../src/main/backup/restore';
import { listBackups } from '../../src/main/backup/store';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupList, BackupProgress, RestoreStep } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { patientFields } from '../fixtures/patients';
import { syncCallsUnder } from '../fixtures/sync-calls';
import { testVault, vaultValue } from '../fixtures/vault';

/**
 * The backup list and the backup-folder test make no blocking file call on the app's thread. A
 * restore's heavy steps (the backup's check, its copy, re-encryption and the copy's check) run in the
 * restore worker, and the offer of the newest good backup for a damaged database reads the backups
 * folder with the thread pool's calls.
 */
const PASS = 'seven silver otters at dawn';

let dir: string;
let other: string;
let vault: ClinicVault;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-backup-off-main-'));
  other = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-usb-'));
  vault = testVault(dir);
  await vaultValue(vault, 'vault.setup', { passphrase: PASS, confirmation: PASS });
});
afterEach(() => {
  vi.restoreAllMocks();
  vault.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(other, { recursive: true, force: true });
});

describe('off the app’s thread', () => {
  it('lists the backups with the thread pool’s file calls, as the backup worker lists them', async () => {
    await vaultValue(vault, 'backups.create');
    const folder = path.join(dir, 'backups');
    let list: BackupList | null = null;
    const calls = await syncCallsUnder(folder, async () => {
      list = await vaultValue<BackupList>(vault, 'backups.list');
    });
    expect(calls).toEqual([]);
    const items = (list as BackupList | null)?.items ?? [];
    expect(items.map((b) => [b.kind, b.status])).toEqual([
      ['manual', 'verified'],
      ['daily', 'verified'],
    ]);
    expect(items).toEqual(listBackups(folder));

    // A record that does not parse, or a file not the size recorded, lists the backup as unverified.
    const [manual, daily] = items as [BackupInfo, BackupInfo];
    fs.writeFileSync(`${manual.file}.json`, '{ not json');
    fs.appendFileSync(daily.file, 'x');
    const after = await vaultValue<BackupList>(vault, 'backups.list');
    expect(after.items.map((b) => [b.name, b.status, b.problem])).toEqual([
      [manual.name, 'damaged', 'errors.backupUnverified'],
      [daily.name, 'damaged', 'errors.backupUnverified'],
    ]);
    expect(after.items).toEqual(listBackups(folder));
  });

  it('takes a backup, into the clinic’s folder or a chosen one, with no file call of this thread there', async () => {
    const ownFolder = path.join(dir, 'backups');
    expect(await syncCallsUnder(ownFolder, () => vaultValue(vault, 'backups.create'))).toEqual([]);
    const stick = path.join(other, 'backups-on-the-stick');
    fs.mkdirSync(stick);
    let info: BackupInfo | null = null;
    const calls = await syncCallsUnder(stick, async () => {
      info = await vaultValue<BackupInfo>(vault, 'backups.create', { folder: stick });
    });
    expect(calls).toEqual([]);
    expect(info).toMatchObject({ kind: 'manual', status: 'verified' });
    expect(fs.readdirSync(stick).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect((await vaultValue<BackupList>(vault, 'backups.list')).items).toHaveLength(2);
  });

  it('lists nothing for a backup folder that is not there yet', async () => {
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    expect((await vaultValue<BackupList>(vault, 'backups.list')).items).toEqual([]);
  });

  it('tests a backup folder in the backup worker: its probe write never runs on this thread', async () => {
    let answer: unknown = null;
    const calls = await syncCallsUnder(other, async () => {
      answer = await vaultValue(vault, 'backups.testFolder', { folder: other });
    });
    expect(answer).toEqual({ folder: path.resolve(other) });
    expect(calls).toEqual([]);
    expect(fs.readdirSync(other)).toEqual([]);
    const missing = await syncCallsUnder(other, async () => {
      answer = await vault.dispatch('backups.testFolder', { folder: path.join(other, 'unplugged') });
    });
    expect(missing).toEqual([]);
    expect(answer).toMatchObject({ ok: false, error: { fields: { folder: 'errors.folderMissing' } } });
  });
});

const addPatient = (lastName: string) =>
  vaultValue(vault, 'patients.create', { fields: patientFields({ lastName }), allowDuplicate: true });
const names = async () =>
  (await vaultValue<PatientSearchResult>(vault, 'patients.search', { query: '' })).items.map(
    (p) => p.lastName,
  );

describe('restore off the app’s thread: the restore worker', () => {
  it('previews and stages a backup from another folder without touching its file on this thread', async () => {
    await addPatient('Kept');
    const taken = await vaultValue<BackupInfo>(vault, 'backups.create');
    await addPatient('Later');
    // The backup on a USB stick, as a restore from the Data page finds it.
    const file = path.join(other, taken.name);
    fs.copyFileSync(taken.file, file);

    let preview: BackupInfo | null = null;
    const previewCalls = await syncCallsUnder(other, async () => {
      preview = await vaultValue<BackupInfo>(vault, 'backups.preview', { file });
    });
    expect(previewCalls).toEqual([]);
    expect((preview as BackupInfo | null)?.contents?.counts.patients).toBe(1);

    const restoreCalls = await syncCallsUnder(other, async () => {
      await vaultValue(vault, 'backups.restore', { file });
    });
    expect(restoreCalls).toEqual([]);
    expect(await names()).toEqual(['Kept']);
    expect(await vaultValue<BackupProgress>(vault, 'backups.progress')).toEqual({ phase: 'idle' });
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('reports each staging step, re-encrypting only a backup under an earlier key', async () => {
    await addPatient('Kept');
    const taken = await vaultValue<BackupInfo>(vault, 'backups.create');
    const keys = vault.keys();
    const staged = path.join(dir, 'mesodesk.db.restoring');
    const steps: RestoreStep[] = [];
    const info = await stageRestore(taken.file, staged, keys, undefined, false, (step) => steps.push(step));
    expect(info.name).toBe(taken.name);
    expect(steps).toEqual(['checking', 'copying', 'verifying']);
    // Under a newer key (as after a passphrase change), the copy is re-encrypted before its check.
    steps.length = 0;
    const newer = [Buffer.alloc(32, 9), ...keys];
    await stageRestore(taken.file, staged, newer, undefined, false, (step) => steps.push(step));
    expect(steps).toEqual(['checking', 'copying', 'converting', 'verifying']);
    fs.rmSync(staged);
    // Progress reads idle once nothing runs.
    expect(await vaultValue<BackupProgress>(vault, 'backups.progress')).toEqual({ phase: 'idle' });
  });

  it('sends a refusal back whole from the worker, with the backup it describes', async () => {
    const file = path.join(other, 'mesodesk-manual-2026-01-01T00-00-00-000Z.db');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const r = await vault.dispatch('backups.restore', { file });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { status: 'damaged' } } });
    expect(fs.readdirSync(dir).filter((f) => f.includes('restoring'))).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('looks up the newest good backup of a damaged database with the thread pool’s file calls', async () => {
    for (let i = 0; i < 50; i++) await addPatient(`Filler ${i}`);
    const backup = await vaultValue<BackupInfo>(vault, 'backups.create');
    await vaultValue(vault, 'vault.lock');
    const dbFile = path.join(dir, 'mesodesk.db');
    const bytes = fs.readFileSync(dbFile);
    bytes.fill(0x33, 4096 * 3, 4096 * 3 + 2048);
    fs.writeFileSync(dbFile, bytes);
    let unlock: unknown = null;
    const calls = await syncCallsUnder(path.join(dir, 'backups'), async () => {
      unlock = await vault.dispatch('vault.unlock', { passphrase: PASS });
    });
    expect(unlock).toMatchObject({
      ok: false,
      error: {
        message: 'errors.databaseDamaged',
        details: { kind: 'damaged-database', backup: { name: backup.name } },
      },
    });
    expect(calls).toEqual([]);
  });
});
