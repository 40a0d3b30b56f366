import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKeyTrailer } from '../../src/main/backup/key-trailer';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { PatientSearchResult } from '../../src/shared/patients/schema';
import type { ClinicRestored } from '../../src/shared/vault/schema';
import { patientFields } from '../fixtures/patients';
import { testVault, vaultValue as value } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
const LATER = 'eight golden herons at dusk';
const FRESH = 'a passphrase for the new laptop';

let root: string;
let sessions: ClinicVault[];
const open = (dataDir: string) => {
  const s = testVault(dataDir);
  sessions.push(s);
  return s;
};
const names = async (s: ClinicVault) =>
  (await value<PatientSearchResult>(s, 'patients.search', { query: '' })).items.map((p) => p.lastName).sort();

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-recovery-'));
  sessions = [];
});
afterEach(() => {
  for (const s of sessions) s.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The old laptop: a clinic with a patient, backed up onto a "USB stick", then lost. */
async function backupOnStick(): Promise<{ file: string; recoveryKey: string }> {
  const laptop = open(path.join(root, 'old-laptop'));
  const { recoveryKey } = await value<{ recoveryKey: string }>(laptop, 'vault.setup', {
    passphrase: PASS,
    confirmation: PASS,
  });
  await value(laptop, 'patients.create', { fields: patientFields({ lastName: 'Ferrari' }) });
  const stick = path.join(root, 'usb-stick');
  fs.mkdirSync(stick);
  const info = await value<BackupInfo>(laptop, 'backups.create', { folder: stick });
  laptop.close();
  fs.rmSync(path.join(root, 'old-laptop'), { recursive: true });
  return { file: info.file, recoveryKey };
}

describe('a backup alone is enough to recover', () => {
  it('carries the wrapped key ring, never a bare key', async () => {
    const { file } = await backupOnStick();
    const carried = readKeyTrailer(file);
    expect(carried).toMatchObject({ format: 'mesodesk-keyfile', kdf: 'scrypt' });
    expect(Object.keys(carried ?? {}).sort()).toEqual(
      ['createdAt', 'format', 'kdf', 'params', 'passphrase', 'recovery', 'version'].sort(),
    );
  });

  it('restores on a new computer with the passphrase only; the key file and recovery key stay valid', async () => {
    const { file, recoveryKey } = await backupOnStick();
    const laptop = open(path.join(root, 'new-laptop'));
    expect(await value(laptop, 'vault.status')).toMatchObject({ state: 'setup' });
    const restored = await value<ClinicRestored>(laptop, 'vault.restoreClinic', {
      method: 'passphrase',
      file,
      passphrase: PASS,
    });
    expect(restored).toMatchObject({ recoveryKey: null, patients: 1 });
    expect(await names(laptop)).toEqual(['Ferrari']);
    await value(laptop, 'vault.lock');
    // The printed recovery key of the old laptop still opens the restored clinic.
    await value(laptop, 'vault.recover', { recoveryKey, passphrase: FRESH, confirmation: FRESH });
    expect(await names(laptop)).toEqual(['Ferrari']);
  });

  it('restores with the recovery key only, setting a new passphrase and issuing a new recovery key', async () => {
    const { file, recoveryKey } = await backupOnStick();
    const dataDir = path.join(root, 'new-laptop');
    const laptop = open(dataDir);
    const restored = await value<ClinicRestored>(laptop, 'vault.restoreClinic', {
      method: 'recoveryKey',
      file,
      recoveryKey: recoveryKey.toLowerCase(),
      passphrase: FRESH,
      confirmation: FRESH,
    });
    expect(restored.recoveryKey).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    expect(restored.recoveryKey).not.toBe(recoveryKey);
    expect(await names(laptop)).toEqual(['Ferrari']);
    laptop.close();
    const again = open(dataDir);
    expect((await again.dispatch('vault.unlock', { passphrase: PASS })).ok).toBe(false);
  });

  it('restores a backup taken before a passphrase change with the passphrase of its time', async () => {
    const laptop = open(path.join(root, 'old-laptop'));
    await value(laptop, 'vault.setup', { passphrase: PASS, confirmation: PASS });
    await value(laptop, 'patients.create', { fields: patientFields({ lastName: 'Rossi' }) });
    const before = await value<BackupInfo>(laptop, 'backups.create');
    await value(laptop, 'vault.changePassphrase', {
      current: PASS,
      passphrase: LATER,
      confirmation: LATER,
    });
    await value(laptop, 'patients.create', { fields: patientFields({ lastName: 'Bianchi' }) });
    const after = await value<BackupInfo>(laptop, 'backups.create');
    const stick = path.join(root, 'stick');
    fs.mkdirSync(stick);
    for (const b of [before, after]) fs.copyFileSync(b.file, path.join(stick, b.name));

    const first = open(path.join(root, 'a'));
    const wrong = await first.dispatch('vault.restoreClinic', {
      method: 'passphrase',
      file: path.join(stick, before.name),
      passphrase: LATER,
    });
    expect(wrong.ok || wrong.error.fields).toEqual({ passphrase: 'errors.wrongBackupPassphrase' });
    expect(await value(first, 'vault.status')).toMatchObject({ state: 'setup' });
    expect(fs.existsSync(path.join(root, 'a', 'mesodesk.db'))).toBe(false);

    const second = open(path.join(root, 'b'));
    await value(second, 'vault.restoreClinic', {
      method: 'passphrase',
      file: path.join(stick, after.name),
      passphrase: LATER,
    });
    expect(await names(second)).toEqual(['Bianchi', 'Rossi']);
  });

  it('refuses a file without keys, a missing file, and a clinic already set up; nothing is written', async () => {
    const { file } = await backupOnStick();
    const dataDir = path.join(root, 'new-laptop');
    const laptop = open(dataDir);
    const missing = await laptop.dispatch('vault.restoreClinic', {
      method: 'passphrase',
      file: path.join(root, 'nothing-here.db'),
      passphrase: PASS,
    });
    expect(missing.ok || missing.error.fields).toEqual({ file: 'errors.backupMissing' });
    const bare = path.join(root, 'bare.db');
    fs.writeFileSync(bare, fs.readFileSync(file).subarray(0, 8192));
    const noKeys = await laptop.dispatch('vault.restoreClinic', {
      method: 'passphrase',
      file: bare,
      passphrase: PASS,
    });
    expect(noKeys.ok || noKeys.error.fields).toEqual({ file: 'errors.backupHasNoKeys' });
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('mesodesk.db') || f.includes('keys'))).toEqual(
      [],
    );

    await value(laptop, 'vault.restoreClinic', { method: 'passphrase', file, passphrase: PASS });
    const twice = await laptop.dispatch('vault.restoreClinic', {
      method: 'passphrase',
      file,
      passphrase: PASS,
    });
    expect(twice.ok || twice.error.message).toBe('errors.alreadySetUp');
  });

  it('keeps aside a database found without a key file instead of overwriting it', async () => {
    const { file } = await backupOnStick();
    const dataDir = path.join(root, 'new-laptop');
    const orphanMaker = open(path.join(root, 'orphan'));
    await value(orphanMaker, 'vault.setup', { passphrase: FRESH, confirmation: FRESH });
    orphanMaker.close();
    fs.mkdirSync(dataDir);
    fs.copyFileSync(path.join(root, 'orphan', 'mesodesk.db'), path.join(dataDir, 'mesodesk.db'));
    const laptop = open(dataDir);
    await value(laptop, 'vault.restoreClinic', { method: 'passphrase', file, passphrase: PASS });
    const kept = fs
      .readdirSync(path.join(dataDir, 'backups'))
      .filter((f) => f.startsWith('mesodesk-damaged-'));
    expect(kept).toHaveLength(1);
  });
});
