import { beforeEach, expect, it } from 'vitest';
import type { Db } from '../../src/main/db/types';
import type { PhotoSummary } from '../../src/shared/photos/schema';
import { apiPerTest, type testApi } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { callOk, readyPatient } from '../fixtures/treatments';

const setup = apiPerTest();
let api: ReturnType<typeof testApi>;
let db: Db;
beforeEach(() => {
  ({ api, db } = setup);
});

it('takes a photo outside the protocol as "other view" only with a note saying what it shows', async () => {
  const { patient } = await readyPatient(api);
  const data = (await cameraJpeg()).toString('base64');
  const capture = (note: string) =>
    api.call('photos.import', {
      details: photoDetails(patient.id, { view: 'other', moment: 'follow-up', note }),
      data,
      source: 'capture',
    });
  expect(await capture('   ')).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', fields: { note: 'errors.photoOtherNeedsNote' } },
  });
  expect(db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(0);
  const photo = await callOk<PhotoSummary>(api, 'photos.import', {
    details: photoDetails(patient.id, {
      view: 'other',
      moment: 'follow-up',
      note: 'Bruise on the left wrist',
    }),
    data,
    source: 'capture',
  });
  expect(photo).toMatchObject({ view: 'other', note: 'Bruise on the left wrist', sessionId: null });
});
