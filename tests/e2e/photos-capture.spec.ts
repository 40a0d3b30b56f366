import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { expect, test } from './fixtures';
import { photoPatient, underEyeSession } from './photo-consent';

// Chromium's fake camera (a moving test pattern) stands in for a webcam, its permission prompt accepted.
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

const SHOTS = path.resolve(__dirname, '../../.test-output/photos');

test('before photos are taken with the camera along the protocol, one view skipped with a reason, and the session signs', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open();
  const { patient, session } = await underEyeSession(app);

  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}/photos/capture?session=${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Photos with the camera' })).toBeVisible();
  const capture = page.getByRole('region', { name: 'Photos with the camera' });
  const steps = page.getByRole('list', { name: 'Views of the protocol' });
  await expect(steps.getByRole('listitem')).toHaveCount(6);
  await page.getByRole('checkbox', { name: 'Grid and midline' }).check();
  await expect(page.getByRole('heading', { name: 'View 1 of 6: Face, front' })).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page
    .getByRole('region', { name: 'Photos with the camera' })
    .screenshot({ path: path.join(SHOTS, 'capture.png') });

  // Four views taken with the fake camera, one skipped with a reason, the last taken.
  for (const view of ['Face, front', 'Face, left 45°', 'Face, right 45°', 'Face, left profile']) {
    await expect(page.getByRole('heading', { name: new RegExp(`: ${view}$`) })).toBeVisible();
    await page.getByRole('button', { name: 'Take photo' }).click();
    await expect(capture.getByRole('status')).toHaveText(`Photo taken: ${view}.`);
  }
  await expect(page.getByRole('heading', { name: 'View 5 of 6: Face, right profile' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip this view' }).click();
  await page.getByRole('button', { name: 'Skip with this reason' }).click();
  await expect(capture.getByRole('alert')).toHaveText('This field is required.');
  await page.getByLabel('Reason for skipping').fill('Dressing over the right ear');
  await page.getByRole('button', { name: 'Skip with this reason' }).click();
  await expect(steps).toContainText('skipped: Dressing over the right ear');
  await expect(page.getByRole('heading', { name: 'View 6 of 6: Under-eye close-up' })).toBeVisible();
  // The ghost of the course's baseline is drawn for views that have one: none yet for this view.
  await page.getByRole('button', { name: 'Take photo' }).click();
  await expect(capture.getByRole('status')).toHaveText('Photo taken: Under-eye close-up.');
  await page.getByRole('button', { name: 'Face, front' }).click();
  await expect(page.locator('.capture__ghost')).toBeVisible();
  await page
    .getByRole('region', { name: 'Photos with the camera' })
    .screenshot({ path: path.join(SHOTS, 'capture-ghost.png') });

  const protocol = await app.api<{
    steps: { view: string; beforeTaken: boolean; skipReason: string | null }[];
  }>('photos.protocol', { sessionId: session.id });
  expect(protocol.steps.filter((s) => s.beforeTaken).map((s) => s.view)).toEqual([
    'face-front',
    'face-left-45',
    'face-right-45',
    'face-left-profile',
    'under-eye-close-up',
  ]);
  const check = await app.api<{ problems: { key: string }[] }>('sessions.check', { id: session.id });
  expect(check.problems.map((p) => p.key)).not.toContain('sessions.problems.beforePhotosMissing');
});

test('free capture takes a photo outside the protocol, "Other view" with a note', async ({ page, app }) => {
  await app.open();
  const patient = await photoPatient(app, 'clinical');
  await page.goto(`${app.server.launchUrl}#/patients/${patient.id}/photos/capture`);
  await page.getByRole('radio', { name: 'Free capture (outside the protocol)' }).check();
  await expect(page.getByRole('heading', { name: 'Free capture: Other view' })).toBeVisible();
  const capture = page.getByRole('region', { name: 'Photos with the camera' });
  await page.getByRole('button', { name: 'Take photo' }).click();
  await expect(capture.getByText('Say in the note what this photo shows')).toBeVisible();
  await page.getByLabel('Note').fill('Bruise on the left wrist, two days after a blood test');
  await page.getByRole('button', { name: 'Take photo' }).click();
  await expect(capture.getByRole('status')).toHaveText('Photo taken: Other view.');
  await page.getByLabel('View', { exact: true }).selectOption('face-front');
  await expect(page.getByRole('heading', { name: 'Free capture: Face, front' })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Photos with the camera' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'capture-free.png') });

  const photos = await app.api<{ view: string; note: string; sessionId: number | null }[]>('photos.list', {
    patientId: patient.id,
  });
  expect(photos).toEqual([
    expect.objectContaining({
      view: 'other',
      note: 'Bruise on the left wrist, two days after a blood test',
      sessionId: null,
    }),
  ]);
});
