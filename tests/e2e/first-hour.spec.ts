import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { singleSessionCourse } from '../../src/shared/treatments/schema';
import { LOGO_PNG } from '../fixtures/documents';
import { expect, TEST_PASSPHRASE, test } from './fixtures';

/** Where the step screenshots go, to be looked at (not compared). */
const SHOTS = process.env.MESODESK_SHOTS ?? path.join(os.tmpdir(), 'mesodesk-first-hour');

test('the first hour: setup with a clinic profile and a second backup folder, a backup at once, a single session from the patient page, and an aftercare sheet with the clinic’s phone', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  // From the top: a full-page capture keeps the scroll offset, and the top bar is sticky.
  const capture = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
  };
  const drive = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-drive-'));
  try {
    // From an empty data folder: passphrase, recovery sheet.
    await page.goto(app.server.launchUrl);
    await page.getByLabel('New passphrase').fill(TEST_PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
    await page.getByRole('checkbox', { name: 'I have printed or written down this recovery key' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Step 1: the clinic profile and its logo.
    await expect(page.getByRole('heading', { level: 1, name: 'Step 1 of 4: Clinic profile' })).toBeFocused();
    await capture('1-profile.png');
    await page.getByLabel('Clinic name').fill('Ilios Aesthetics');
    await page.getByLabel('Clinic address').fill('12 Harbour Street\nPiraeus 185 31');
    await page.getByLabel('Clinic phone').fill('+30 210 555 0101');
    await page.getByLabel('Clinic email').fill('hello@ilios.example');
    await page.getByLabel('Practitioner name').fill('Dr Eleni Markou');
    await page.getByLabel('Registration number').fill('GR-7654321');
    await page.getByLabel('Choose a logo image').setInputFiles(LOGO_PNG);
    await expect(page.getByRole('img', { name: 'Current clinic logo' })).toBeVisible();
    await page.getByRole('button', { name: 'Save and continue' }).click();

    // Step 2: the diary's working hours: the clinic's zone, Saturday mornings, and an afternoon break.
    await expect(page.getByRole('heading', { level: 1, name: 'Step 2 of 4: Working hours' })).toBeFocused();
    const hours = page.getByRole('form', { name: 'Working hours' });
    await hours.getByLabel('Clinic time zone').fill('Europe/Athens');
    await hours.getByRole('checkbox', { name: 'Saturday' }).check();
    await hours.getByLabel('Saturday closes at').fill('13:00');
    await hours.getByRole('button', { name: 'Add a break on Wednesday' }).click();
    await hours.getByLabel('Wednesday break 2 from').fill('16:30');
    await hours.getByLabel('Wednesday break 2 until').fill('16:45');
    await capture('2-working-hours.png');
    await hours.getByRole('button', { name: 'Save and continue' }).click();

    // Step 3: a second backup folder, tested before it is kept.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Step 3 of 4: Second backup folder' }),
    ).toBeFocused();
    const saved = await app.api<{
      clinicTimeZone: string;
      workingWeek: { open: boolean; to: string; breaks: { from: string; to: string }[] }[];
    }>('settings.get', {});
    expect(saved.clinicTimeZone).toBe('Europe/Athens');
    expect(saved.workingWeek[5]).toMatchObject({ open: true, to: '13:00' });
    expect(saved.workingWeek[2]?.breaks).toEqual([
      { from: '13:00', to: '14:00' },
      { from: '16:30', to: '16:45' },
    ]);
    await page.getByRole('textbox', { name: 'Second backup folder' }).fill(path.join(drive, 'not-there'));
    await page.getByRole('button', { name: 'Test and save the folder' }).click();
    await expect(page.getByRole('textbox', { name: 'Second backup folder' })).toHaveAccessibleDescription(
      /This folder does not exist/,
    );
    await capture('3-backup-folder-error.png');
    await page.getByRole('textbox', { name: 'Second backup folder' }).fill(drive);
    await page.getByRole('button', { name: 'Test and save the folder' }).click();

    // Step 4: the first verified backup, at once, in both places.
    await expect(page.getByRole('heading', { level: 1, name: 'Step 4 of 4: First backup' })).toBeFocused();
    await expect(page.getByText(`Written to ${drive}`)).toBeVisible();
    await expect(page.getByText('Verified', { exact: true })).toHaveCount(2);
    await capture('4-first-backup.png');
    const backupsIn = (dir: string) => fs.readdirSync(dir).filter((f) => /^mesodesk-.+\.db$/.test(f));
    expect(backupsIn(drive)).toHaveLength(1);
    expect(backupsIn(path.join(app.dataDir, 'backups')).length).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: 'Finish' }).click();

    // Settings shows the setup as done, and leads back into it.
    await page.getByRole('link', { name: 'Settings' }).click();
    const card = page.getByRole('region', { name: 'First-start setup' });
    await expect(card.getByText('Done')).toHaveCount(4);
    await expect(card.getByRole('link', { name: 'Review the setup' })).toBeVisible();

    // A single session from the patient page, without planning a course.
    await page.getByRole('link', { name: 'New patient' }).click();
    await page.getByLabel('First name').fill('Maria');
    await page.getByLabel('Last name').fill('Papadopoulou');
    await page.getByLabel('Date of birth').fill('1985-03-12');
    await page.getByRole('button', { name: 'Save patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maria Papadopoulou' })).toBeVisible();
    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'New session' });
    await expect(dialog.getByRole('radio', { name: /single session/ })).toBeChecked();
    await dialog.getByRole('button', { name: 'Chart the session' }).click();
    await expect(dialog.getByLabel('What is treated')).toHaveAccessibleDescription(/This field is required/);
    await dialog.getByLabel('What is treated').fill('Skin hydration');
    await page.screenshot({ path: path.join(SHOTS, '5-new-session.png') });
    await dialog.getByRole('button', { name: 'Chart the session' }).click();

    // The checklist is there from the start, and follows the chart.
    await expect(page.getByRole('heading', { level: 1, name: 'Chart a session' })).toBeVisible();
    const checklist = page.getByRole('region', { name: 'Before signing' });
    await expect(checklist.getByText('No signed intake on file.')).toBeVisible();
    await expect(checklist.getByText('No technique chosen.')).toBeVisible();
    await expect(checklist.getByText('No product recorded.')).toBeVisible();
    await page.getByLabel('Technique').selectOption('nappage');
    await expect(checklist.getByText('No technique chosen.')).toHaveCount(0);

    // The total follows the products.
    await page.getByTestId('zone-face.cheeks').locator('ellipse').first().click();
    await page.getByRole('button', { name: 'Add a product' }).click();
    await page.getByLabel('Area 1').selectOption({ label: 'Cheeks' });
    await page.getByLabel('Product 1', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Volume 1 (ml)').fill('1.5');
    await page.getByRole('button', { name: 'Add a product' }).click();
    await page.getByLabel('Area 2').selectOption({ label: 'Cheeks' });
    await page.getByLabel('Product 2', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Volume 2 (ml)').fill('0.75');
    const total = page.getByLabel('Total volume injected (ml)');
    await expect(total).toHaveValue('2.25');
    await expect(checklist.getByText('Product 1 has no lot.')).toBeVisible();
    // The document scrolls, not an inner panel: printing and full-page captures get all of it.
    const scrolling = await page.evaluate(() => ({
      document: document.documentElement.scrollHeight > window.innerHeight,
      main: getComputedStyle(document.getElementById('main') as HTMLElement).overflowY,
    }));
    expect(scrolling).toEqual({ document: true, main: 'visible' });
    await capture('6-chart.png');
    await page.getByRole('button', { name: 'Save draft' }).click();
    // Focus lands on the page's heading, not lost with the form that was replaced.
    await expect(page.getByRole('heading', { level: 1, name: 'Draft session' })).toBeFocused();
    await expect(page.getByLabel('Total volume injected (ml)')).toHaveValue('2.25');
    const sessions = await app.api<{ courseId: number; status: string }[]>('sessions.list', { patientId: 1 });
    expect(sessions.map((s) => s.status)).toEqual(['draft']);
    const courses = await app.api<{ plannedSessions: number; indication: string }[]>('courses.list', {
      patientId: 1,
    });
    expect(courses).toMatchObject([{ plannedSessions: 1, indication: 'Skin hydration' }]);

    // An aftercare sheet: the clinic's phone, and no consent phrasing.
    await page.getByRole('link', { name: 'Maria Papadopoulou' }).first().click();
    await page.getByRole('link', { name: 'New aftercare sheet' }).click();
    await expect(page.getByText(/name, address or telephone number is missing/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue to check the sheet' }).click();
    await page.getByRole('button', { name: 'Record aftercare as given and make the PDF' }).click();
    await expect(page.getByText('Aftercare recorded.')).toBeVisible();
    const [aftercare] = await app.api<{ id: number }[]>('documents.list', { patientId: 1 });
    const pdf = await app.api<{ base64: string }>('documents.pdf', { id: aftercare?.id });
    const file = path.join(app.dataDir, 'aftercare.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('+30 210 555 0101');
    expect(text).not.toMatch(/to be agreed/i);
    expect(text).not.toContain('Products used');
  } finally {
    fs.rmSync(drive, { recursive: true, force: true });
  }
});

test('patient documents warn while the clinic’s contact details are missing', async ({ page, app }) => {
  await app.open();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Anna');
  await page.getByLabel('Last name').fill('Ivanova');
  await page.getByLabel('Date of birth').fill('1990-01-02');
  await page.getByRole('button', { name: 'Save patient' }).click();
  // Cancelling a record form gives focus back to the button that opened it.
  await page.getByRole('button', { name: 'Record an adverse event' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Record an adverse event' })).toBeFocused();

  await page.getByRole('link', { name: 'New aftercare sheet' }).click();
  await expect(page.getByText(/name, address or telephone number is missing/)).toBeVisible();
  await page.getByRole('link', { name: 'Add the clinic’s details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Step 1 of 4: Clinic profile' })).toBeVisible();
});

test('an expired lot is recorded as quarantined with a valid received date, and never offered for a session', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('link', { name: 'Products' }).click();
  await page.getByRole('button', { name: /^Non-crosslinked hyaluronic acid 1%/ }).click();
  const lotForm = page.getByRole('form', { name: 'Lot details' });
  await lotForm.getByLabel('Lot number').fill('HA-EXP');
  await lotForm.getByLabel('Expiry date').fill('2020-01-31');
  await expect(lotForm.getByLabel('Received on')).toHaveValue('2020-01-31');
  await lotForm.getByLabel(/^Quantity received/).fill('3');
  await lotForm.getByRole('checkbox', { name: /^Quarantined/ }).check();
  await lotForm.getByRole('button', { name: 'Add lot' }).click();
  const row = page.getByRole('row', { name: /HA-EXP/ });
  await expect(row.getByText('Quarantined')).toBeVisible();

  const patient = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Anna', lastName: 'Ivanova', dateOfBirth: '1990-01-02', sex: 'female' },
  });
  const course = await app.api<{ id: number }>('courses.create', {
    patientId: patient.id,
    fields: singleSessionCourse('Skin hydration'),
  });
  await page.goto(`${new URL(page.url()).origin}/#/patients/${patient.id}/sessions/new?course=${course.id}`);
  await page.getByRole('button', { name: 'Add a product' }).click();
  await page
    .getByLabel('Product 1', { exact: true })
    .selectOption({ label: 'Non-crosslinked hyaluronic acid 1%' });
  await expect(page.getByLabel('Lot 1').locator('option', { hasText: 'HA-EXP' })).toHaveCount(0);
});
