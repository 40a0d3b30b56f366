import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/main/api';
import { createClinicSwitch } from '../../src/main/sample/switch';
import { createClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo, BackupList } from '../../src/shared/backup/schema';
import { SAMPLE_PASSPHRASE } from '../../src/shared/sample/contract';
import { FAST_KDF } from '../fixtures/kdf';

const REAL_PASS = 'seven silver otters at dawn';

async function value<T>(dispatch: Dispatch, channel: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const openVault = (dataDir: string, sample: boolean) =>
  createClinicVault({ dataDir, sample, appVersion: '0.0.0', transport: 'web', kdf: FAST_KDF });

describe('the sample clinic beside a real one', () => {
  let parent: string;
  let realDir: string;
  let sampleBackup: string;
  let clinics: ReturnType<typeof createClinicSwitch>;

  beforeAll(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-sample-'));
    realDir = path.join(parent, 'clinic');
    clinics = createClinicSwitch({ realDataDir: realDir, open: openVault });
    const opened = await value<{ passphrase: string; dataDir: string }>(clinics.dispatch, 'sample.open');
    expect(opened).toEqual({
      passphrase: SAMPLE_PASSPHRASE,
      dataDir: path.join(parent, 'Mesodesk sample clinic'),
    });
    const backups = await value<BackupList>(clinics.dispatch, 'backups.list');
    const verified = backups.items.find((b) => b.status === 'verified' && b.contents?.sample);
    if (!verified) throw new Error('the sample clinic has no verified backup');
    sampleBackup = verified.file;
  }, 120_000);
  afterAll(() => {
    clinics.close();
    fs.rmSync(parent, { recursive: true, force: true, maxRetries: 5 });
  });

  it('opens in its own folder, says so, and leaves the real clinic untouched', async () => {
    expect(await value(clinics.dispatch, 'app.info')).toMatchObject({ sample: true });
    const found = await value<{ total: number }>(clinics.dispatch, 'patients.search', {
      query: '',
      includeArchived: false,
      offset: 0,
      limit: 5,
    });
    expect(found.total).toBeGreaterThan(20);
    expect(fs.existsSync(path.join(realDir, 'mesodesk.keys.json'))).toBe(false);

    await value(clinics.dispatch, 'sample.leave');
    expect(await value(clinics.dispatch, 'app.info')).toMatchObject({ sample: false, dataDir: realDir });
    expect(await value(clinics.dispatch, 'vault.status')).toMatchObject({ state: 'setup' });
  });

  it('opens again, locked, with its known passphrase', async () => {
    await value(clinics.dispatch, 'sample.open');
    expect(await value(clinics.dispatch, 'vault.status')).toMatchObject({ state: 'unlocked' });
    await value(clinics.dispatch, 'sample.leave');
  });

  it('refuses its backup as a real clinic, at first start on a new computer', async () => {
    const result = await clinics.dispatch('vault.restoreClinic', {
      method: 'passphrase',
      file: sampleBackup,
      passphrase: SAMPLE_PASSPHRASE,
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'sample.sampleBackupRefused' } });
    expect(await value(clinics.dispatch, 'vault.status')).toMatchObject({ state: 'setup' });
    expect(fs.existsSync(path.join(realDir, 'mesodesk.keys.json'))).toBe(false);
  });

  it('never restores a real clinic into the sample folder, and opens only before a real clinic exists', async () => {
    await value(clinics.dispatch, 'vault.setup', { passphrase: REAL_PASS, confirmation: REAL_PASS });
    const realBackup = await value<BackupInfo>(clinics.dispatch, 'backups.create', {});
    expect(realBackup.status).toBe('verified');
    expect(realBackup.contents?.sample).toBe(false);
    // Set up now: the sample clinic no longer opens from the screen.
    expect(await clinics.dispatch('sample.open', {})).toMatchObject({
      ok: false,
      error: { message: 'sample.onlyAtFirstStart' },
    });
    clinics.close();

    // A fresh sample folder, offered the real clinic's backup with its passphrase.
    const otherParent = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-sample-'));
    const sampleVault = openVault(path.join(otherParent, 'Mesodesk sample clinic'), true);
    try {
      const result = await sampleVault.dispatch('vault.restoreClinic', {
        method: 'passphrase',
        file: realBackup.file,
        passphrase: REAL_PASS,
      });
      expect(result).toMatchObject({ ok: false, error: { message: 'sample.realBackupRefused' } });
    } finally {
      sampleVault.close();
      fs.rmSync(otherParent, { recursive: true, force: true });
    }
    clinics = createClinicSwitch({ realDataDir: realDir, open: openVault });
  });
});
