import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { photosFolder } from '../../src/main/photos/file-store';
import type { PhotoSummary } from '../../src/shared/photos/schema';
import { apiPerTest } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { callOk, readyPatient, signConsentFor } from '../fixtures/treatments';
import { testVault, vaultValue } from '../fixtures/vault';

/*
 * An erasure removes the patient's photo files once their rows are gone, and only then: the files
 * are listed in the erasure's transaction (photo_files_to_remove) and removed after it committed.
 * A failed erasure keeps every file; a removal cut off (a crash, a disk error) is done at the next
 * unlock.
 */

const t = apiPerTest((test) => ({ dataDir: test.dir }));
afterEach(() => vi.restoreAllMocks());

const filesIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
const listed = () => t.db.prepare('SELECT count(*) FROM photo_files_to_remove').pluck().get();

async function patientWithPhoto() {
  const { patient } = await readyPatient(t.api);
  await signConsentFor(t.api, patient.id, 'clinical');
  await callOk<PhotoSummary>(t.api, 'photos.import', {
    details: photoDetails(patient.id),
    data: (await cameraJpeg()).toString('base64'),
  });
  return patient;
}

it('removes the photo files once the erasure has committed, and lists nothing after', async () => {
  const patient = await patientWithPhoto();
  const folder = photosFolder(t.dir);
  expect(filesIn(folder)).toHaveLength(2);
  await callOk(t.api, 'patients.erase', { id: patient.id, confirmNumber: patient.number });
  expect(filesIn(folder)).toEqual([]);
  expect(listed()).toBe(0);
});

it('keeps every photo file when the erasure fails and is rolled back', async () => {
  const patient = await patientWithPhoto();
  const folder = photosFolder(t.dir);
  const before = filesIn(folder);
  // The erasure's audit entry cannot be written: the whole call is rolled back.
  t.db.exec(`CREATE TEMP TRIGGER refuse_erase BEFORE INSERT ON audit_log WHEN NEW.action = 'erase'
    BEGIN SELECT RAISE(ABORT, 'the audit entry could not be written'); END`);
  expect(await t.api.call('patients.erase', { id: patient.id, confirmNumber: patient.number })).toMatchObject(
    {
      ok: false,
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  expect(t.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(1);
  expect(filesIn(folder)).toEqual(before);
  expect(listed()).toBe(0);
});

it('keeps the list when the files cannot be removed, and the next pass removes them', async () => {
  const patient = await patientWithPhoto();
  const folder = photosFolder(t.dir);
  const rm = vi.spyOn(fs, 'rmSync').mockImplementation(() => {
    throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
  });
  await callOk(t.api, 'patients.erase', { id: patient.id, confirmNumber: patient.number });
  await new Promise((resolve) => setImmediate(resolve));
  expect(rm).toHaveBeenCalled();
  expect(filesIn(folder)).toHaveLength(2);
  expect(listed()).toBe(2);
  vi.restoreAllMocks();
  expect(t.api.services.photos.removeQueued()).toBe(2);
  expect(filesIn(folder)).toEqual([]);
  expect(listed()).toBe(0);
});

it('removes at unlock the listed files a crash left', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-erasure-unlock-'));
  const pass = 'seven silver otters at dawn';
  const session = testVault(dir);
  try {
    await vaultValue(session, 'vault.setup', { passphrase: pass, confirmation: pass });
    const folder = photosFolder(dir);
    fs.mkdirSync(folder, { recursive: true });
    const left = crypto.randomBytes(32).toString('hex');
    fs.writeFileSync(path.join(folder, left), 'sealed bytes of an erased photo');
    session
      .database()
      ?.prepare('INSERT INTO photo_files_to_remove (name, queued_at) VALUES (?, ?)')
      .run(left, new Date().toISOString());
    await vaultValue(session, 'vault.lock');
    expect(filesIn(folder)).toEqual([left]);
    await vaultValue(session, 'vault.unlock', { passphrase: pass });
    expect(filesIn(folder)).toEqual([]);
    expect(session.database()?.prepare('SELECT count(*) FROM photo_files_to_remove').pluck().get()).toBe(0);
  } finally {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('never removes a listed file that a photo row still names', async () => {
  await patientWithPhoto();
  const folder = photosFolder(t.dir);
  const named = filesIn(folder);
  t.api.services.photos.queueRemoval(named);
  expect(t.api.services.photos.removeQueued()).toBe(0);
  expect(filesIn(folder)).toEqual(named);
  expect(listed()).toBe(0);
});
