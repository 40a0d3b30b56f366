import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../src/main/backup/store';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupList } from '../../src/shared/backup/schema';
import { syncCallsUnder } from '../fixtures/sync-calls';
import { testVault, vaultValue } from '../fixtures/vault';

/** The backup list and the backup-folder test make no blocking file call on the app's thread. */
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
