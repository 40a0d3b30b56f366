import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupPhotosFolder, photoManifestOf } from '../../src/main/photos/backup-photos';
import { photosFolder } from '../../src/main/photos/file-store';
import type { ClinicVault } from '../../src/main/vault/vault';
import type { BackupInfo } from '../../src/shared/backup/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { PhotoImage, PhotoSummary } from '../../src/shared/photos/schema';
import { details, signature } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { testVault } from '../fixtures/vault';

const PASS = 'seven silver otters at dawn';
const NEW_PASS = 'eight golden herons at dusk';

let root: string;
let dir: string;
let clock: number;
let session: ClinicVault;
const open = (dataDir: string) => testVault(dataDir, () => new Date(clock));

async function value<T>(channel: string, input: unknown = {}, s = session): Promise<T> {
  const r = await s.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

let patient: Patient;
beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-photo-backup-'));
  dir = path.join(root, 'clinic');
  clock = Date.parse('2026-06-01T08:00:00Z');
  session = open(dir);
  await value('vault.setup', { passphrase: PASS, confirmation: PASS });
  patient = await value<Patient>('patients.create', { fields: patientFields(), allowDuplicate: true });
  const [template] = await value<{ id: number }[]>('templates.list', { kind: 'consent' });
  const content = (
    await value<{ content: { declarations: unknown[] } }>('templates.get', { id: template?.id })
  ).content;
  await value('documents.signConsent', {
    patientId: patient.id,
    templateId: template?.id,
    details: details(),
    acknowledged: content.declarations.map(() => true),
    photoConsent: 'clinical',
    signatures: [signature('patient', 'Maria Papadopoulou'), signature('practitioner', 'Dr Eleni Markou')],
  });
});
afterEach(() => {
  session.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const importPhoto = async (s = session) =>
  value<PhotoSummary>(
    'photos.import',
    { details: photoDetails(patient.id), data: (await cameraJpeg()).toString('base64') },
    s,
  );
const backUp = (folder?: string) =>
  value<BackupInfo & { photos: { copied: number; referenced: number } }>(
    'backups.create',
    folder ? { folder } : {},
  );
const imageOf = async (id: number, s = session) =>
  Buffer.from((await value<PhotoImage>('photos.image', { id }, s)).data, 'base64');

describe('photos in backups', () => {
  it('copies only new photo files into the backup store, verified; a second backup copies none', async () => {
    await importPhoto();
    const first = await backUp();
    expect(first).toMatchObject({ status: 'verified', photos: { referenced: 2, copied: 2 } });
    const second = await backUp();
    expect(second).toMatchObject({ status: 'verified', photos: { referenced: 2, copied: 0 } });
    await importPhoto();
    expect(await backUp()).toMatchObject({ photos: { referenced: 4, copied: 2 } });
    const store = backupPhotosFolder(path.join(dir, 'backups'));
    expect(fs.readdirSync(store).sort()).toEqual(fs.readdirSync(photosFolder(dir)).sort());
  });

  it('lists the photos each backup names, and prunes the store of what no kept backup needs after an automatic backup', async () => {
    await importPhoto();
    const withPhoto = await backUp();
    const files = new Set(fs.readdirSync(photosFolder(dir)));
    expect(JSON.parse(fs.readFileSync(photoManifestOf(withPhoto.file), 'utf8'))).toEqual({
      format: 'mesodesk.backup-photos/1',
      files: [...files].sort(),
    });
    await value('patients.erase', { id: patient.id, confirmNumber: patient.number });
    expect(fs.readdirSync(photosFolder(dir))).toEqual([]);
    const store = backupPhotosFolder(path.join(dir, 'backups'));
    // The manual backup still names the erased patient's photos: they stay beside it.
    clock += 86_400_000;
    await session.backupOnQuit();
    expect(new Set(fs.readdirSync(store))).toEqual(files);
    // Once no kept backup names them (that backup removed), the next automatic backup prunes them.
    fs.rmSync(withPhoto.file);
    clock += 86_400_000;
    await session.backupOnQuit();
    expect(fs.readdirSync(store)).toEqual([]);
    expect(fs.existsSync(photoManifestOf(withPhoto.file))).toBe(false);
  });

  it('records a backup as damaged when a photo file is missing from the data folder', async () => {
    await importPhoto();
    for (const name of fs.readdirSync(photosFolder(dir))) fs.rmSync(path.join(photosFolder(dir), name));
    // The summary is rewritten by the backup worker: this thread opens no file beside the backups.
    const opened = vi.spyOn(fs, 'openSync');
    const info = await backUp();
    const openedHere = opened.mock.calls.map(([file]) => String(file)).filter((f) => f.includes('.json'));
    vi.restoreAllMocks();
    expect(openedHere).toEqual([]);
    expect(info).toMatchObject({ status: 'damaged', problem: 'errors.backupPhotosMissing' });
    expect(JSON.parse(fs.readFileSync(`${info.file}.json`, 'utf8'))).toMatchObject({
      status: 'damaged',
      problem: 'errors.backupPhotosMissing',
    });
    const listed = await value<{ items: BackupInfo[] }>('backups.list');
    // The clinic's first backup, taken at setup, is listed too: this one is found by its file.
    expect(listed.items.find((b) => b.file === info.file)).toMatchObject({
      status: 'damaged',
      problem: 'errors.backupPhotosMissing',
    });
  });

  it('a backup on a stick restores the photos on a new computer, after a passphrase change too', async () => {
    const photo = await importPhoto();
    const original = await imageOf(photo.id);
    // A passphrase change re-keys the database with a new data key: the photos still open.
    await value('vault.changePassphrase', { current: PASS, passphrase: NEW_PASS, confirmation: NEW_PASS });
    expect((await imageOf(photo.id)).equals(original)).toBe(true);
    const stick = path.join(root, 'stick');
    fs.mkdirSync(stick);
    const info = await backUp(stick);
    expect(info.status).toBe('verified');

    const laptop = open(path.join(root, 'laptop'));
    try {
      await value(
        'vault.restoreClinic',
        { method: 'passphrase', file: info.file, passphrase: NEW_PASS },
        laptop,
      );
      expect((await imageOf(photo.id, laptop)).equals(original)).toBe(true);
      expect(fs.readdirSync(photosFolder(path.join(root, 'laptop')))).toHaveLength(2);
    } finally {
      laptop.close();
    }
  });

  it('restore on the Data page brings back photos the data folder lost', async () => {
    const photo = await importPhoto();
    const original = await imageOf(photo.id);
    const info = await backUp();
    for (const name of fs.readdirSync(photosFolder(dir))) fs.rmSync(path.join(photosFolder(dir), name));
    clock += 60_000;
    await value('backups.restore', { file: info.file });
    expect((await imageOf(photo.id)).equals(original)).toBe(true);
  });
});
