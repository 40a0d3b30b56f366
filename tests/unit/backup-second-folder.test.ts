import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/main/backup/store';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupList } from '../../src/shared/backup/schema';
import { testVault } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
let dir: string;
let second: string;
let clock: number;
let session: ClinicVault;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-second-'));
  second = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-drive-'));
  clock = Date.parse('2026-06-01T08:00:00Z');
  session = testVault(dir, () => new Date(clock));
  await value('vault.setup', { passphrase: PASS, confirmation: PASS });
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(second, { recursive: true, force: true });
});

async function value<T>(channel: string, input: unknown = {}): Promise<T> {
  const r = await session.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('the first backup and a second backup folder', () => {
  it('takes a verified backup as soon as the clinic is set up', async () => {
    const { items } = await value<BackupList>('backups.list');
    expect(items.map((b) => [b.kind, b.status])).toEqual([['daily', 'verified']]);
  });

  it('tests a folder with a write that leaves nothing behind', async () => {
    expect(await value('backups.testFolder', { folder: second })).toEqual({ folder: path.resolve(second) });
    expect(fs.readdirSync(second)).toEqual([]);
  });

  it('says next to the field when the folder is missing, a file, or not writable', async () => {
    const missing = await session.dispatch('backups.testFolder', { folder: path.join(second, 'nope') });
    expect(missing).toMatchObject({ ok: false, error: { fields: { folder: 'errors.folderMissing' } } });
    const file = path.join(second, 'a-file');
    fs.writeFileSync(file, 'x');
    const notFolder = await session.dispatch('backups.testFolder', { folder: file });
    expect(notFolder).toMatchObject({ ok: false, error: { fields: { folder: 'errors.notAFolder' } } });
    if (process.getuid?.() !== 0) {
      const readOnly = path.join(second, 'read-only');
      fs.mkdirSync(readOnly, { mode: 0o500 });
      const refused = await session.dispatch('backups.testFolder', { folder: readOnly });
      expect(refused).toMatchObject({
        ok: false,
        error: { fields: { folder: 'errors.folderNotWritable' } },
      });
    }
  });

  it('writes every automatic backup to the second folder too, and keeps going when it is gone', async () => {
    await value('settings.update', { patch: { secondBackupFolder: second } });
    expect(await session.backupOnQuit()).toMatchObject({ kind: 'quit', status: 'verified' });
    expect(listBackups(second).map((b) => [b.kind, b.status])).toEqual([['quit', 'verified']]);

    fs.rmSync(second, { recursive: true, force: true });
    fs.writeFileSync(second, 'the drive is unplugged and a file took its name');
    clock += 60_000;
    expect(await session.backupOnQuit()).toMatchObject({ kind: 'quit', status: 'verified' });
    fs.rmSync(second);
  });
});
