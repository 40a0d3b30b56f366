import fs from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { apiPerTest } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { readyPatient, signConsentFor } from '../fixtures/treatments';

/*
 * A photo is two sealed files (the image, then its thumbnail) and a row. When the disk fills up
 * while they are written, the import is refused and nothing of it stays: no file, no part of one,
 * no row.
 */

const t = apiPerTest((test) => ({ dataDir: test.dir }));
afterEach(() => vi.restoreAllMocks());

const fullDisk = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

it.each([
  ['the image', 1],
  ['the thumbnail', 2],
])('a disk full while %s is written leaves no file and no row', async (_which, failingRename) => {
  const { patient } = await readyPatient(t.api);
  await signConsentFor(t.api, patient.id, 'clinical');
  const input = { details: photoDetails(patient.id), data: (await cameraJpeg()).toString('base64') };
  const folder = t.api.services.photos.folder;
  const rename = fs.renameSync;
  let renames = 0;
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    renames += 1;
    if (renames === failingRename) throw fullDisk();
    rename(from, to);
  });
  expect(await t.api.call('photos.import', input)).toMatchObject({ ok: false });
  expect(renames).toBe(failingRename);
  expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
  expect(t.db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(0);
  vi.restoreAllMocks();
  expect(await t.api.call('photos.import', input)).toMatchObject({ ok: true });
  expect(fs.readdirSync(folder)).toHaveLength(2);
});
