import fs from 'node:fs';
import { expect, it, vi } from 'vitest';
import { apiPerTest } from '../fixtures/db';
import { LOGO_PNG } from '../fixtures/documents';
import { patientFields } from '../fixtures/patients';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { callOk, signConsentFor } from '../fixtures/treatments';

// The single-threaded export reads through the app's own services, so spies see every read.
const t = apiPerTest((test) => ({ dataDir: test.dir }));

/** A patient with a photo and a clinic with a logo: what only the record PDFs draw. */
async function clinicWithPhotoAndLogo() {
  const { id } = t.api.services.patients.create(patientFields() as never);
  await signConsentFor(t.api, id, 'clinical');
  await callOk(t.api, 'photos.import', {
    details: photoDetails(id),
    fileName: 'photo.jpg',
    data: (await cameraJpeg()).toString('base64'),
  });
  const logo = `data:image/png;base64,${fs.readFileSync(LOGO_PNG).toString('base64')}`;
  await callOk(t.api, 'settings.setLogo', { dataUrl: logo });
}

async function exportClinic(documents: boolean) {
  const thumbnails = vi.spyOn(t.api.services.photos, 'thumbnailBytes');
  const logos = vi.spyOn(t.api.services.logos, 'bytes');
  // Through the same services as the spies (the API's dispatcher has services of its own).
  const started = t.api.services.exports.startClinicExport(undefined, { documents });
  const job = await t.api.services.exports.settled(started.id);
  expect(job.state).toBe('done');
  return {
    thumbnails: thumbnails.mock.calls.length,
    logos: logos.mock.calls.length,
  };
}

it('writes the data part without reading a photo thumbnail or the logo, which only the record PDFs draw', async () => {
  await clinicWithPhotoAndLogo();
  expect(await exportClinic(false)).toEqual({ thumbnails: 0, logos: 0 });
  vi.restoreAllMocks();
  const withDocuments = await exportClinic(true);
  expect(withDocuments.thumbnails).toBe(1);
  expect(withDocuments.logos).toBeGreaterThan(0);
});
