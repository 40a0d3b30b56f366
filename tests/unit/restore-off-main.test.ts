import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stageRestore } from '../../src/main/backup/restore';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupProgress, RestoreStep } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import { patientFields } from '../fixtures/patients';
import { syncCallsUnder } from '../fixtures/sync-calls';
import { testVault, vaultValue } from '../fixtures/vault';

/**
 * A restore's heavy steps (the backup's check, its copy, re-encryption and the copy's check) run in the
 * restore worker: the app's thread makes no blocking call on the backup file, and the offer of the
 * newest good backup for a damaged database reads the backups folder with the thread pool's calls.
 */
const PASS = 'seven silver otters at dawn';

let dir: string;
let usb: string;
let vault: ClinicVault;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-restore-off-main-'));
  usb = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-restore-usb-'));
  vault = testVault(dir);
  await vaultValue(vault, 'vault.setup', { passphrase: PASS, confirmation: PASS });
});
afterEach(() => {
  vi.restoreAllMocks();
  vault.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(usb, { recursive: true, force: true });
});

const addPatient = (lastName: string) =>
  vaultValue(vault, 'patients.create', { fields: patientFields({ lastName }), allowDuplicate: true });
const names = async () =>
  (await vaultValue<PatientSearchResult>(vault, 'patients.search', { query: '' })).items.map(
    (p) => p.lastName,
  );

describe('restore off the app’s thread', () => {
  it('previews and stages a backup from another folder without touching its file on this thread', async () => {
    await addPatient('Kept');
    const taken = await vaultValue<BackupInfo>(vault, 'backups.create');
    await addPatient('Later');
    // The backup on a USB stick, as a restore from the Data page finds it.
    const file = path.join(usb, taken.name);
    fs.copyFileSync(taken.file, file);

    let preview: BackupInfo | null = null;
    const previewCalls = await syncCallsUnder(usb, async () => {
      preview = await vaultValue<BackupInfo>(vault, 'backups.preview', { file });
    });
    expect(previewCalls).toEqual([]);
    expect((preview as BackupInfo | null)?.contents?.counts.patients).toBe(1);

    const restoreCalls = await syncCallsUnder(usb, async () => {
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
    const file = path.join(usb, 'mesodesk-manual-2026-01-01T00-00-00-000Z.db');
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
