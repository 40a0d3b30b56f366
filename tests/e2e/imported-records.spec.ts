import fs from 'node:fs';
import path from 'node:path';
import { backDate, exportedBundle } from '../fixtures/crafted-bundle';
import { createTestDb, testApi } from '../fixtures/test-db';
import { expect, test } from './fixtures';

/** A bundle from another clinic, its signed intake and session back-dated to 2019 with recomputed hashes. */
async function craftedBundleFile(folder: string): Promise<string> {
  const other = createTestDb();
  try {
    const { bundle, patientUid } = await exportedBundle(testApi(other.db, { dataDir: other.dir }));
    backDate(bundle, patientUid);
    const file = path.join(folder, 'clinic-b-export.json');
    fs.writeFileSync(file, JSON.stringify(bundle));
    return file;
  } finally {
    other.close();
  }
}

test('a re-imported, back-dated bundle shows as imported from its file, never as signed here', async ({
  app,
  page,
}) => {
  const file = await craftedBundleFile(app.dataDir);
  await app.open();
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'FHIR bundle (JSON)' }).setInputFiles(file);
  await expect(page.getByText(/Imported: patients 1, intakes 1, sessions 1/)).toBeVisible();

  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  await page.getByRole('option', { name: /Papadopoulou/ }).click();
  // The course's session list: no "signed" badge for a session signed elsewhere.
  const courses = page.locator('.session-list');
  await expect(courses.getByText(/Imported from clinic-b-export\.json on/)).toBeVisible();
  await expect(courses.getByText('signed', { exact: true })).toHaveCount(0);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: 'Intake (imported)' })).toBeVisible();
  await expect(timeline.getByRole('link', { name: 'Session 1 (imported)' })).toBeVisible();
  await expect(timeline.getByText(/Imported from clinic-b-export\.json on/).first()).toBeVisible();
  await expect(timeline.getByRole('link', { name: 'Intake signed' })).toHaveCount(0);
  await expect(timeline.getByRole('link', { name: /Session 1 signed/ })).toHaveCount(0);
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.test-output/imported-timeline.png', fullPage: true });

  await timeline.getByRole('link', { name: 'Session 1 (imported)' }).click();
  await expect(page.getByText(/Imported from clinic-b-export\.json on/).first()).toBeVisible();
  await expect(page.getByText(/marked as signed .*2019.* by the exporting clinic/)).toBeVisible();
  await expect(
    page.getByText(/Imported record, not signed in this clinic\. Its content still matches/),
  ).toBeVisible();
  await expect(page.getByText('signed', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/Integrity check passed/)).toHaveCount(0);
  await page.screenshot({ path: '.test-output/imported-session.png', fullPage: true });

  await page.goBack();
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: 'Intake (imported)' })
    .click();
  await expect(page.getByText(/Imported from clinic-b-export\.json on/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Imported intake: Maria Papadopoulou' })).toBeVisible();
  await expect(page.getByText('Signed and locked')).toHaveCount(0);
  await expect(page.getByText(/Imported record, not signed in this clinic/)).toBeVisible();
  await page.screenshot({ path: '.test-output/imported-intake.png', fullPage: true });
});
