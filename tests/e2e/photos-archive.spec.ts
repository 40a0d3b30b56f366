import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import type { ExportResult } from '../../src/shared/exports/schema';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { createTestDb, testApi } from '../fixtures/test-db';
import {
  callOk,
  courseFields,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  startCourse,
} from '../fixtures/treatments';
import { expect, test } from './fixtures';
import { photoPatient } from './photo-consent';

const SHOTS = path.resolve(__dirname, '../../.test-output/photos');

async function shot(what: Locator, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await what.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Another clinic's export of a patient with two photos and a skipped view, as a bundle file. */
async function bundleWithPhotos(folder: string): Promise<string> {
  const other = createTestDb();
  try {
    const api = testApi(other.db, { dataDir: other.dir });
    const { patient } = await readyPatient(api);
    const { product, lot } = await productWithLot(api);
    const course = await startCourse(api, patient.id);
    const draft = await createSession(api, course.id, sessionFields(product.id, lot.id));
    for (const [view, date] of [
      ['face-front', '2026:01:10 09:00:00'],
      ['face-left-45', '2026:01:10 09:05:00'],
    ] as const) {
      await callOk(api, 'photos.import', {
        details: photoDetails(patient.id, { sessionId: draft.id, moment: 'before', view }),
        data: (await cameraJpeg({ date })).toString('base64'),
      });
    }
    const { folder: exported } = await callOk<ExportResult>(api, 'exports.patient', {
      patientId: patient.id,
    });
    const file = path.join(folder, 'clinic-b-photos.json');
    fs.copyFileSync(path.join(exported, 'fhir-bundle.json'), file);
    return file;
  } finally {
    other.close();
  }
}

test('photos of another clinic come back from its FHIR bundle, shown as imported; one taken in error is archived and shown on request', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const file = await bundleWithPhotos(app.dataDir);
  await app.open();
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'FHIR bundle (JSON)' }).setInputFiles(file);
  await expect(page.getByText(/Imported: patients 1, .*, photos 2\./)).toBeVisible();

  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  await page.getByRole('option', { name: /Papadopoulou/ }).click();
  const photos = page.getByRole('region', { name: 'Photographs' });
  const gallery = photos.getByRole('list').last();
  await expect(gallery.getByRole('listitem')).toHaveCount(2);
  await expect(gallery.getByText(/imported from clinic-b-photos\.json on/)).toHaveCount(2);
  await shot(photos, 'imported-gallery');

  // The left 45° photo was taken in error: archived with a reason, which is required.
  await photos.getByRole('button', { name: 'Open: Face, left 45°, Before, 10/01/2026' }).click();
  const viewer = page.getByRole('dialog', { name: 'Face, left 45°, Before, 10/01/2026' });
  await expect(viewer.getByText(/imported from clinic-b-photos\.json on/)).toBeVisible();
  await viewer.getByRole('button', { name: 'Archive as taken in error' }).click();
  await viewer.getByRole('button', { name: 'Archive the photo' }).click();
  await expect(viewer.getByText('This field is required.')).toBeVisible();
  await viewer.getByLabel('Why was it taken in error?').fill('Hair band across the forehead');
  await shot(viewer, 'archive-form');
  await viewer.getByRole('button', { name: 'Archive the photo' }).click();
  await expect(viewer).toHaveCount(0);
  await expect(gallery.getByRole('listitem')).toHaveCount(1);
  await expect(photos.getByRole('button', { name: /Open: Face, left 45°/ })).toHaveCount(0);

  await photos.getByRole('checkbox', { name: 'Show archived photos' }).check();
  await expect(gallery.getByRole('listitem')).toHaveCount(2);
  await expect(gallery.getByText(/^archived on /)).toBeVisible();
  await expect(gallery.getByText('Archived because: Hair band across the forehead')).toBeVisible();
  await shot(photos, 'archived-shown');
  await photos.getByRole('checkbox', { name: 'Show archived photos' }).uncheck();
  await expect(gallery.getByRole('listitem')).toHaveCount(1);
});

test('a photo archived by mistake is restored to the gallery from the keyboard, and the timeline follows', async ({
  app,
  page,
}) => {
  await app.open();
  const patient = await photoPatient(app, 'clinical');
  for (const [view, date] of [
    ['face-front', '2026:01:10 09:00:00'],
    ['face-right-45', '2026:01:10 09:05:00'],
  ] as const) {
    await app.api('photos.import', {
      details: photoDetails(patient.id, { view }),
      data: (await cameraJpeg({ date })).toString('base64'),
    });
  }
  await app.reload();
  await page.getByRole('option', { name: /Lindqvist/ }).click();
  const photos = page.getByRole('region', { name: 'Photographs' });
  const gallery = photos.getByRole('list').last();
  await expect(gallery.getByRole('listitem')).toHaveCount(2);

  // The wrong one is archived: the right 45° view was meant.
  await photos.getByRole('button', { name: 'Open: Face, right 45°, Baseline, 10/01/2026' }).click();
  const viewer = page.getByRole('dialog', { name: 'Face, right 45°, Baseline, 10/01/2026' });
  await viewer.getByRole('button', { name: 'Archive as taken in error' }).click();
  await viewer.getByLabel('Why was it taken in error?').fill('Looked blurred on the camera');
  await viewer.getByRole('button', { name: 'Archive the photo' }).click();
  await expect(viewer).toHaveCount(0);
  await expect(gallery.getByRole('listitem')).toHaveCount(1);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText(/archived on .+: Looked blurred on the camera/)).toBeVisible();

  // Shown on request, it offers "Restore to the gallery", reached and pressed from the keyboard.
  await photos.getByRole('checkbox', { name: 'Show archived photos' }).check();
  const archivedCard = gallery.getByRole('listitem').filter({ hasText: 'Archived because: Looked blurred' });
  const restore = archivedCard.getByRole('button', { name: 'Restore to the gallery' });
  await expect(restore).toBeVisible();
  await expect(gallery.getByRole('button', { name: 'Restore to the gallery' })).toHaveCount(1);
  await shot(photos, 'archived-restore-offered');
  // The viewer of the archived photo offers it too.
  await photos.getByRole('button', { name: 'Open: Face, right 45°, Baseline, 10/01/2026' }).click();
  await expect(viewer.getByRole('button', { name: 'Restore to the gallery' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Archive as taken in error' })).toHaveCount(0);
  await shot(viewer, 'archived-viewer');
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(gallery.getByText(/^archived on /)).toHaveCount(0);
  await expect(gallery.getByRole('button', { name: 'Restore to the gallery' })).toHaveCount(0);
  await photos.getByRole('checkbox', { name: 'Show archived photos' }).uncheck();
  await expect(gallery.getByRole('listitem')).toHaveCount(2);
  await expect(
    photos.getByRole('button', { name: 'Open: Face, right 45°, Baseline, 10/01/2026' }),
  ).toBeVisible();
  await expect(timeline.getByText(/Looked blurred on the camera/)).toHaveCount(0);
  await shot(photos, 'restored-gallery');
});

test('the pre-sign check names the missing before photos by their views', async ({ app, page }) => {
  await app.open();
  await app.api('settings.update', { patch: { beforePhotosRequired: true } });
  const patient = await photoPatient(app, 'clinical');
  const course = await app.api<{ id: number }>('courses.create', {
    patientId: patient.id,
    fields: courseFields({ areas: ['face.cheeks'] }),
  });
  const session = await app.api<{ id: number }>('sessions.create', {
    courseId: course.id,
    fields: { date: '2026-03-01', time: '10:30', areas: ['face.cheeks'], items: [] },
  });
  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}/sessions/${session.id}`);
  const check = page.getByRole('region', { name: 'Before signing' });
  await expect(check).toContainText(
    '5 before photos are missing (take them or skip them with a reason): Face, front; Face, left 45°; Face, right 45°; Face, left profile; Face, right profile.',
  );
  await expect(check).not.toContainText('face-front');
  await shot(check, 'pre-sign-missing-views');

  // In French, the same views by their French names.
  await app.api('settings.update', { patch: { interfaceLanguage: 'fr' } });
  await app.reload();
  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}/sessions/${session.id}`);
  const french = page.getByRole('region', { name: 'Avant la signature' });
  // French typography: a narrow no-break space before the semicolon.
  await expect(french).toContainText('Visage, de face\u202f; Visage, gauche 45°\u202f; Visage, droite 45°');
  await shot(french, 'pre-sign-missing-views-fr');
});
