import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, TEST_PASSPHRASE, test } from './fixtures';

async function addPatient(page: Page, first: string, last: string, dob = '1985-03-12') {
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Date of birth').fill(dob);
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
}

/** Writes a CSV file of these lines and chooses it in the Data page's CSV import. */
async function chooseCsv(page: Page, dataDir: string, lines: string[]) {
  const csv = path.join(dataDir, 'patients.csv');
  fs.writeFileSync(csv, lines.join('\n'));
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'CSV file' }).setInputFiles(csv);
}

test('export a patient record: the folder holds the record PDF, FHIR and CSV files', async ({
  app,
  page,
}) => {
  await app.open();
  await addPatient(page, 'Αικατερίνη', 'Παπαδοπούλου');
  await page.getByRole('button', { name: 'Export record' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const done = page.getByText(/^Exported to /);
  await expect(done).toBeVisible();
  const folder = ((await done.textContent()) ?? '').replace(/^Exported to /, '');
  expect(path.basename(folder)).toMatch(/^mesodesk-patient-P-000001-\d{4}-\d\d-\d\d$/);
  expect(path.dirname(folder)).toBe(path.join(app.dataDir, 'exports'));
  expect(fs.readdirSync(folder).sort()).toEqual([
    'adverse-events.csv',
    'appointments.csv',
    'audit-anchor.json',
    'contact-preferences.csv',
    'documents.csv',
    'fhir-bundle.json',
    'intake-answers.csv',
    'patient-changes.csv',
    'patient-record-P-000001.pdf',
    'patients.csv',
    'photo-skips.csv',
    'photos.csv',
    'recall-reminders.csv',
    'screening-decisions.csv',
    'sessions.csv',
  ]);
  const text = execFileSync('pdftotext', [path.join(folder, 'patient-record-P-000001.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain('Patient record');
  expect(text).toContain('Αικατερίνη Παπαδοπούλου');
  expect(text).toContain('P-000001');
  expect(text).toContain('1985-03-12');
  const bundle = JSON.parse(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8'));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(bundle.entry[0].resource).toMatchObject({ resourceType: 'Patient', birthDate: '1985-03-12' });
  await page
    .screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-export-shot.png') })
    .catch(() => undefined);
});

test('back up now, change the data, restore the backup and see the old data again', async ({ app, page }) => {
  await app.open();
  await addPatient(page, 'Maria', 'Alpha');
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified/)).toBeVisible();
  const rows = page.locator('.backups-table tbody tr');
  // The manual backup, above the one taken when the clinic was set up.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Manual');
  await expect(rows.first()).toContainText('Verified');

  await addPatient(page, 'Nikos', 'Beta');
  await expect(page.getByRole('option', { name: /Beta/ })).toBeVisible();

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page
    .locator('.backups-table tbody tr', { hasText: 'Manual' })
    .getByRole('button', { name: /Restore/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('It contains 1 patient,');
  // Dated by the audit trail: the patient added before it, not the backup itself.
  await expect(dialog).toContainText('the last change to its records was made on');
  await expect(dialog).not.toContainText('made on —');
  await dialog.screenshot({ path: test.info().outputPath('data-restore-preview.png') });
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^The backup of .* has been restored\./)).toBeVisible();
  await expect(page.getByRole('option', { name: /Alpha/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Beta/ })).toHaveCount(0);
  // The safety copy taken before the swap is listed too.
  await expect(
    page.locator('.backups-table tbody tr', { hasText: 'Safety copy before restore' }),
  ).toHaveCount(1);
});

test('a restore shows which step it is at while the backup is checked and staged', async ({ app, page }) => {
  await app.open();
  await addPatient(page, 'Maria', 'Alpha');
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified/)).toBeVisible();
  // A small clinic stages in milliseconds: the restore is held back in the browser, and the progress
  // answers one step, so that the dialog can be looked at in that state (the steps themselves are
  // reported by the restore worker: tests/unit/restore-off-main.test.ts).
  let progress: unknown = { phase: 'restoring', step: 'verifying' };
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/**', async (route) => {
    const channel = (route.request().postDataJSON() as { channel?: string } | null)?.channel;
    if (channel === 'backups.progress') return route.fulfill({ json: { ok: true, value: progress } });
    if (channel === 'backups.restore') await held;
    return route.continue();
  });
  await page
    .locator('.backups-table tbody tr', { hasText: 'Manual' })
    .getByRole('button', { name: /Restore/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Checking the copy before it replaces the current data.');
  await expect(dialog.getByRole('progressbar', { name: 'Restore progress' })).toHaveAttribute('value', '4');
  // Under way, the restore cannot be dismissed (it runs to its end whatever the window does).
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.screenshot({ path: test.info().outputPath('data-restore-progress.png') });
  // Then the safety copy of the current data, said as such (not "you can keep working").
  progress = { phase: 'copying', doneBytes: 512 * 1024, totalBytes: 1024 * 1024 };
  await expect(status).toContainText('Taking a safety copy of the current data first: 512 KB of 1.0 MB.');
  await dialog.screenshot({ path: test.info().outputPath('data-restore-safety-copy.png') });
  release();
  await expect(page.getByText(/^The backup of .* has been restored\./)).toBeVisible();
});

test('a damaged backup file is refused and nothing changes', async ({ app, page }) => {
  await app.open();
  await addPatient(page, 'Maria', 'Alpha');
  const fake = path.join(app.dataDir, 'not-a-backup.db');
  fs.writeFileSync(fake, Buffer.alloc(8192, 7));
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Backup file').fill(fake);
  await page.getByRole('button', { name: 'Check and preview' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(page.getByRole('option', { name: /Alpha/ })).toBeVisible();
});

test('import a CSV with one bad row: the preview shows it, the good rows are imported', async ({
  app,
  page,
}) => {
  await app.open();
  await chooseCsv(page, app.dataDir, [
    'Surname,First name,Date of birth,Email',
    'Okafor,Chidi,1979-02-14,chidi@example.com',
    'Lindqvist,Astrid,1990-07-01,',
    'Brown,Bad,not a date,not-an-email',
  ]);
  await expect(
    page.getByText('2 rows ready to import, 1 row with problems, 0 possible duplicates.'),
  ).toBeVisible();
  await expect(page.getByLabel('Column “Surname”')).toHaveValue('lastName');
  const bad = page.locator('.import-row--invalid');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('Email: Enter an email address like name@example.com.');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText('2 patients imported.');
  await expect(report).toContainText('Line 4 skipped');
  await expect(page.getByRole('option', { name: /Okafor/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Lindqvist/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /Brown/ })).toHaveCount(0);
});

test('the sample clinic’s invented patients in a CSV are refused next to the file, and nothing is imported', async ({
  app,
  page,
}) => {
  await app.open();
  // Camille Lefèvre is one of the sample clinic's invented patients (src/main/sample/people.ts).
  await chooseCsv(page, app.dataDir, [
    'number,last_name,first_name,date_of_birth',
    'P-000001,Okafor,Ada,1979-02-14',
    'P-000002,Lefèvre,Camille,1984-05-11',
  ]);
  await expect(page.getByRole('alert')).toHaveText(
    'Line 3 holds Camille Lefèvre, an invented patient of the sample clinic: this file cannot be imported into a real clinic.',
  );
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await page
    .getByRole('region', { name: 'Import patients from a CSV file' })
    .screenshot({ path: test.info().outputPath('data-csv-sample-refused.png') });
});

test('erase a patient after typing the number; archive stays the everyday action', async ({ app, page }) => {
  await app.open();
  await addPatient(page, 'Maria', 'Erased');
  // Two appointments to come: the dialog says they go with the record.
  for (const date of ['2090-06-05', '2090-06-06'])
    await app.api('appointments.book', {
      fields: { patientId: 1, type: 'consultation', date, time: '10:00', durationMin: 30 },
      accept: ['overlap', 'dayOff', 'outsideHours', 'duringBreak', 'outsideWindow'],
    });
  await app.reload();
  await page.getByRole('button', { name: 'Erase patient…' }).click();
  const dialog = page.getByRole('dialog', { name: /Erase Maria Erased permanently/ });
  await expect(dialog).toContainText('record-retention duty');
  await expect(dialog).toContainText(
    'This patient has 2 future appointments: erasing the record removes them from the diary too.',
  );
  const submit = dialog.getByRole('button', { name: 'Erase permanently' });
  await expect(submit).toBeDisabled();
  await dialog.getByLabel('Type the patient number P-000001 to confirm').fill('P-000001');
  await submit.click();
  await expect(page.getByText('Patient P-000001 was erased.')).toBeVisible();
  await expect(page.getByRole('option', { name: /Erased/ })).toHaveCount(0);
});

test('a damaged database at unlock: the newest good backup is offered and restored', async ({
  app,
  page,
}) => {
  await app.open();
  for (const last of ['Alpha', 'Beta', 'Gamma', 'Delta']) await addPatient(page, 'Maria', last);
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified/)).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Mesodesk is locked' })).toBeVisible();

  const file = path.join(app.dataDir, 'mesodesk.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x33, 4096 * 2, 4096 * 2 + 2048);
  fs.writeFileSync(file, bytes);

  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  const offer = page.getByRole('alert');
  await expect(offer).toContainText('The clinic database is damaged');
  await expect(offer).toContainText('with 4 patients');
  await page.getByRole('button', { name: 'Restore this backup and unlock' }).click();
  await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
  await expect(page.getByRole('option', { name: /Delta/ })).toBeVisible();
  expect(
    fs.readdirSync(path.join(app.dataDir, 'backups')).some((f) => f.startsWith('mesodesk-damaged-')),
  ).toBe(true);
});

test('export the whole clinic as bulk data, then read it back: a tampered file is refused next to the folder', async ({
  app,
  page,
}) => {
  await app.open();
  await addPatient(page, 'Maria', 'Alpha');
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Include the PDFs (each patient’s record and signed documents)').uncheck();
  await page.getByRole('button', { name: 'Export all patients' }).click();
  const done = page.getByText(/^Export finished: /);
  await expect(done).toBeVisible();
  const folder = ((await done.textContent()) ?? '').replace(/^Export finished: /, '');
  expect(fs.readdirSync(path.join(folder, 'fhir')).sort()).toEqual(['Patient.ndjson']);
  expect(fs.existsSync(path.join(folder, 'manifest.json'))).toBe(true);
  await page.screenshot({ path: test.info().outputPath('data-bulk-export.png'), fullPage: true });

  const bulk = page.getByRole('region', { name: 'Import a whole-clinic export' });
  await bulk.getByLabel('Export folder').fill(folder);
  await bulk.getByRole('button', { name: 'Import the export' }).click();
  // The patient is already here: found by identity, nothing added twice.
  await expect(
    page.getByText('Imported: patients 0, intakes 0, sessions 0, adverse events 0, photos 0.'),
  ).toBeVisible();

  fs.appendFileSync(path.join(folder, 'fhir', 'Patient.ndjson'), '\n');
  await bulk.getByRole('button', { name: 'Import the export' }).click();
  await expect(
    bulk.getByText('A file of this export is missing or does not match the SHA-256 its manifest lists.'),
  ).toBeVisible();
});
