import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { expect, test } from './fixtures';
import { photoPatient, signPhotoConsent, underEyeSession } from './photo-consent';

const SHOTS = path.resolve(__dirname, '../../.test-output/photos');

async function shot(what: Locator, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await what.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Drops files on the drop zone the way a file manager does: a DataTransfer carrying File objects. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Buffer }[]) {
  const transfer = await page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name, { type: f.type }));
      }
      return dt;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  const zone = page.getByTestId('photo-drop');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('photos need consent; imported by drag and drop, seen in the gallery, compared with a wipe, printed and exported', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open();
  const patient = await photoPatient(app);
  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}`);
  const photos = page.getByRole('region', { name: 'Photographs' });

  // No consent: the screen says so, offers to get it, and offers no import.
  await expect(photos.getByRole('alert')).toContainText('Photos need a signed photo consent');
  await expect(photos.getByRole('link', { name: 'Get photo consent signed' })).toBeVisible();
  await expect(photos.getByLabel(/Photo files/)).toHaveCount(0);
  await shot(photos, 'consent-block');

  await signPhotoConsent(app, patient.id, 'education');
  await app.reload();
  await expect(photos.getByText('Photo consent: clinical record and teaching')).toBeVisible();

  // Two photos and a file that is not one, dropped together.
  await photos.getByLabel('Moment').selectOption('baseline');
  await photos.getByLabel('View', { exact: true }).selectOption('face-front');
  await dropFiles(page, [
    { name: 'front-jan.jpg', type: 'image/jpeg', bytes: await cameraJpeg({ date: '2026:01:10 09:00:00' }) },
    { name: 'notes.txt', type: 'text/plain', bytes: Buffer.from('not a photo') },
    { name: 'left-jan.jpg', type: 'image/jpeg', bytes: await cameraJpeg({ date: '2026:01:10 09:05:00' }) },
  ]);
  await expect(photos.getByRole('status')).toHaveText('2 photos imported.');
  await expect(photos.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '3');
  await expect(photos.getByText('notes.txt: This is not a JPEG, PNG or WebP image.')).toBeVisible();
  await shot(photos, 'import-dropped');

  // A follow-up photo through the file picker.
  await photos.getByLabel('Moment').selectOption('follow-up');
  const later = path.join(app.dataDir, 'front-feb.jpg');
  fs.writeFileSync(later, await cameraJpeg({ date: '2026:02:20 09:00:00', orientation: 6 }));
  await photos.getByLabel(/Photo files/).setInputFiles(later);
  await expect(photos.getByRole('status')).toHaveText('1 photo imported.');
  fs.rmSync(later);

  const gallery = photos.getByRole('list').filter({ has: page.getByRole('button', { name: /^Open:/ }) });
  await expect(gallery.getByRole('img')).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Photo: Follow-up' })).toBeVisible();
  await shot(photos, 'gallery');

  // The full image opens in a viewer.
  await photos.getByRole('button', { name: /^Open: Face, front, Follow-up,/ }).click();
  const viewer = page.getByRole('dialog', { name: /^Face, front, Follow-up,/ });
  await expect(viewer.getByRole('img')).toBeVisible();
  await shot(viewer, 'viewer');
  await viewer.getByRole('button', { name: 'Close' }).click();

  // Baseline against latest of the same view, by default; then the wipe, from the keyboard.
  await photos.getByRole('button', { name: 'Compare baseline with latest' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare photos' });
  await expect(compare.getByRole('img', { name: /^Face, front, Baseline,/ })).toBeVisible();
  await expect(compare.getByRole('img', { name: /^Face, front, Follow-up,/ })).toBeVisible();
  await shot(compare, 'compare-side-by-side');
  await compare.getByRole('radio', { name: 'Wipe (slider)' }).check();
  const wipe = compare.getByRole('slider', { name: 'Wipe position' });
  await wipe.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  await expect(wipe).toHaveValue('30');
  await expect(compare.locator('.photo-compare__reveal')).toHaveAttribute(
    'style',
    /inset\(0px 0px 0px 30%\)/,
  );
  const stage = compare.getByRole('application', { name: /Comparison/ });
  await stage.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowLeft');
  await expect(compare.getByRole('img', { name: /^Face, front, Baseline,/ })).toHaveAttribute(
    'style',
    /translate\(40px, 0px\) scale\(1\.25\)/,
  );
  await expect(compare.getByRole('img', { name: /^Face, front, Follow-up,/ })).toHaveAttribute(
    'style',
    /translate\(40px, 0px\) scale\(1\.25\)/,
  );
  await shot(compare, 'compare-wipe');

  // The comparison PDF, read back.
  await compare.getByRole('button', { name: 'Comparison PDF' }).click();
  await expect(compare.getByTitle('Comparison PDF preview')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await compare.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloading;
  const pdfFile = path.join(app.dataDir, download.suggestedFilename());
  await download.saveAs(pdfFile);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  expect(text).toContain('Photo comparison');
  expect(text).toContain('Baseline · 2026-01-10');
  expect(text).toContain('Follow-up · 2026-02-20');
  expect(text).toContain('Face, front');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdfFile, path.join(SHOTS, 'comparison-pdf')]);
  await compare.getByRole('button', { name: 'Close' }).click();

  // The patient export holds the photos as files.
  const exported = await app.api<{ folder: string; files: string[] }>('exports.patient', {
    patientId: patient.id,
  });
  const images = exported.files.filter((f) => f.startsWith('photos/'));
  expect(images).toHaveLength(3);
  for (const name of images) {
    expect(fs.readFileSync(path.join(exported.folder, name)).subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff]),
    );
    expect(name).not.toContain('Lindqvist');
  }

  // Teaching export from the Data page: this patient agreed to teaching, so her three photos go.
  await page.getByRole('link', { name: 'Data' }).click();
  const teaching = page.getByRole('region', { name: 'Photos for teaching or publicity' });
  await teaching.getByRole('radio', { name: /^Teaching/ }).check();
  await teaching.getByRole('button', { name: 'Export the photos' }).click();
  await expect(teaching.getByRole('status')).toContainText('3 photos exported');
  await shot(teaching, 'teaching-export');
  await teaching.getByRole('radio', { name: /^Publicity/ }).check();
  await teaching.getByRole('button', { name: 'Export the photos' }).click();
  await expect(teaching.getByRole('status')).toContainText('0 photos exported');

  // The setting, on for a new clinic.
  await page.getByRole('link', { name: 'Settings' }).click();
  const setting = page.getByRole('checkbox', { name: 'Before photos required to sign a session' });
  await expect(setting).toBeChecked();
  await shot(page.getByRole('region', { name: 'Photographs' }), 'settings-photos');
  await setting.uncheck();
  await expect(setting).not.toBeChecked();
  expect((await app.api<{ beforePhotosRequired: boolean }>('settings.get', {})).beforePhotosRequired).toBe(
    false,
  );
});

test('a photo taken in error is archived with a reason and stays in the timeline, marked; a skipped view is there too', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.open();
  const { patient, course, session } = await underEyeSession(app);
  const jpeg = (await cameraJpeg({ date: '2026:03:01 10:35:00' })).toString('base64');
  await app.api('photos.import', {
    details: photoDetails(patient.id, { courseId: course.id, sessionId: session.id, moment: 'before' }),
    data: jpeg,
  });
  await app.api('photos.import', {
    details: photoDetails(patient.id, {
      courseId: course.id,
      sessionId: session.id,
      moment: 'before',
      view: 'face-left-45',
    }),
    data: jpeg,
  });
  await app.api('photos.skipView', {
    sessionId: session.id,
    view: 'face-right-profile',
    reason: 'Dressing over the right ear',
  });
  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}`);
  const photos = page.getByRole('region', { name: 'Photographs' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: 'Photo: Before' })).toHaveCount(2);
  const skipped = timeline.getByRole('link', {
    name: 'View Face, right profile not photographed: Dressing over the right ear',
  });
  await expect(skipped).toBeVisible();

  // Archived from the viewer with a reason: gone from the gallery, kept in the timeline with the reason.
  await photos.getByRole('button', { name: /^Open: Face, left 45°, Before,/ }).click();
  const viewer = page.getByRole('dialog', { name: /^Face, left 45°, Before,/ });
  await viewer.getByRole('button', { name: 'Archive as taken in error' }).click();
  await viewer.getByLabel('Why was it taken in error?').fill('Another patient in the frame');
  await viewer.getByRole('button', { name: 'Archive the photo' }).click();
  await expect(viewer).toBeHidden();
  await expect(photos.getByRole('button', { name: /^Open: / })).toHaveCount(1);
  await expect(timeline.getByRole('link', { name: 'Photo: Before' })).toHaveCount(1);
  const archivedEntry = timeline
    .getByRole('listitem')
    .filter({ hasText: /archived on .+: Another patient in the frame/ });
  await expect(archivedEntry).toHaveCount(1);
  await expect(archivedEntry).toContainText('Photo: Before');
  await expect(archivedEntry.getByRole('link')).toHaveCount(0);
  await shot(timeline, 'timeline-archived');

  // The skipped view's entry opens its session.
  await skipped.click();
  await expect(page).toHaveURL(new RegExp(`#/patients/${patient.id}/sessions/${session.id}$`));
});
