import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LOGO_PNG } from '../fixtures/documents';
import { expect, test } from './fixtures';

async function setUpClinic(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Clinic name').fill('Клиника Ήλιος Aesthetics');
  await page.getByLabel('Clinic address').fill('12 Harbour Street\nPiraeus 185 31');
  await page.getByLabel('Clinic phone').fill('+30 210 555 0101');
  await page.getByLabel('Clinic email').fill('hello@ilios.example');
  await page.getByLabel('Practitioner name').fill('Dr Eleni Markou');
  await page.getByLabel('Qualifications').fill('MD, Diploma in Aesthetic Medicine');
  await page.getByLabel('Registration number').fill('GR-7654321');
  await page.getByLabel('Emergency contact line for aftercare').fill('Out of hours: +30 694 400 0111.');
  await page.getByLabel('Paper size').selectOption('LETTER');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.getByLabel('Choose a logo image').setInputFiles(LOGO_PNG);
  await expect(page.getByRole('img', { name: 'Current clinic logo' })).toBeVisible();
}

async function addPatient(page: Page) {
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Αικατερίνη');
  await page.getByLabel('Last name').fill('Παπαδοπούλου');
  await page.getByLabel('Date of birth').fill('1985-03-12');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Αικατερίνη Παπαδοπούλου' })).toBeVisible();
}

/** Draws a stroke with the mouse across a signature pad's canvas. */
async function drawSignature(page: Page, name: string) {
  const canvas = page.getByRole('img', { name: `${name}: signature area` });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`no canvas for ${name}`);
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(box.x + 30 + i * 30, box.y + box.height / 2 + (i % 2 ? -30 : 30), { steps: 3 });
  }
  await page.mouse.up();
}

async function downloadedText(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^P-000001-(consent|aftercare)-.+\.pdf$/);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('the clinic signs a consent with the mouse, downloads its PDF and produces an aftercare sheet', async ({
  page,
  app,
}) => {
  // Legitimately heavy: three PDFs are laid out (consent, preview, aftercare) and two read back with
  // pdftotext; on a loaded 2-core machine that alone can take most of the default 30 s.
  test.setTimeout(120_000);
  await app.open();
  await setUpClinic(page);
  await addPatient(page);

  // Consent: details, with the template suggested from the areas.
  await page.getByRole('link', { name: 'New consent form' }).click();
  await page.getByRole('checkbox', { name: 'Under-eye area' }).check();
  await expect(page.getByLabel('Template')).toHaveAccessibleDescription(/under-eye mesotherapy/);
  await page.getByRole('checkbox', { name: 'Under-eye area' }).uncheck();
  await page.getByRole('checkbox', { name: 'Cheeks' }).check();
  await page.getByRole('checkbox', { name: 'Forehead' }).check();
  await expect(page.getByLabel('Template')).toHaveAccessibleDescription(/facial rejuvenation/);
  await page.getByRole('button', { name: 'Add a product' }).click();
  await page.getByLabel('Product 1 name').fill('Non-crosslinked hyaluronic acid 1%');
  await page.getByLabel('Product 1 lot').fill('HA2291');
  await page.getByLabel('Planned sessions').fill('four sessions, two weeks apart');
  await page.getByRole('button', { name: 'Continue to reading and signing' }).click();

  // The patient reads the filled text, then signing without ticks or signatures is refused.
  await expect(
    page.getByRole('heading', { name: 'Consent to facial rejuvenation mesotherapy' }),
  ).toBeVisible();
  await expect(page.getByText('Non-crosslinked hyaluronic acid 1%, lot HA2291')).toBeVisible();
  await page.getByRole('button', { name: 'Sign and store the consent' }).click();
  await expect(page.getByText('Every declaration must be ticked before signing.')).toBeVisible();

  const declarations = page.getByRole('group', { name: 'Declarations' }).getByRole('checkbox');
  for (const box of await declarations.all()) await box.check();
  await page.getByRole('radio', { name: /Also for teaching/ }).check();
  await drawSignature(page, 'Patient’s signature');
  await expect(page.getByLabel('Practitioner’s full name')).toHaveValue('Dr Eleni Markou');
  await drawSignature(page, 'Practitioner’s signature');
  // An optional witness signs from the keyboard.
  await page.getByRole('checkbox', { name: 'Add a witness' }).check();
  await page.getByLabel('Witness’s full name').fill('Иван Петров');
  const witness = page.getByRole('group', { name: 'Witness’s signature' });
  await witness.getByRole('button', { name: 'Type instead' }).click();
  await witness.getByLabel('Full name as signature').fill('Иван Петров');
  await page.getByRole('button', { name: 'Sign and store the consent' }).click();

  await expect(page.getByText('Consent signed and stored.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Consent to facial rejuvenation mesotherapy' }),
  ).toBeVisible();
  const hash = (await page.locator('dd.mono').nth(1).textContent()) ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);

  const consentText = await downloadedText(page, app.dataDir, () =>
    page.getByRole('button', { name: 'Download PDF' }).click(),
  );
  expect(consentText).toContain('Αικατερίνη Παπαδοπούλου');
  expect(consentText).toContain('Клиника Ήλιος Aesthetics');
  expect(consentText).toContain('Common side effects');
  expect(consentText).toContain('Rare risks');
  expect(consentText).toContain(hash);
  expect(consentText).toContain('HA2291');
  expect(consentText).toContain('Иван Петров');
  expect(consentText).toContain('Witness · typed signature');
  expect(consentText).toMatch(/Page 1 of \d/);

  await page.getByRole('button', { name: 'Preview PDF' }).click();
  await expect(page.getByTitle(/PDF preview/)).toBeVisible();

  // Aftercare sheet for the same patient.
  await page.getByRole('link', { name: /Back to Αικατερίνη/ }).click();
  await page.getByRole('link', { name: 'New aftercare sheet' }).click();
  await page.getByRole('checkbox', { name: 'Scalp: crown' }).check();
  await expect(page.getByLabel('Template')).toHaveAccessibleDescription(/scalp mesotherapy/);
  await page.getByLabel('Next appointment').fill('29 March, 10:30');
  await page.getByRole('button', { name: 'Continue to check the sheet' }).click();
  await expect(page.getByText('Out of hours: +30 694 400 0111.')).toBeVisible();
  await page.getByRole('button', { name: 'Record aftercare as given and make the PDF' }).click();
  await expect(page.getByText('Aftercare recorded.')).toBeVisible();
  const aftercareText = await downloadedText(page, app.dataDir, () =>
    page.getByRole('button', { name: 'Download PDF' }).click(),
  );
  expect(aftercareText).toContain('Aftercare after scalp mesotherapy');
  expect(aftercareText).toContain('29 March, 10:30');
  expect(aftercareText).toContain('Αικατερίνη Παπαδοπούλου');

  // Both are listed on the patient page and can be reopened.
  await page.getByRole('link', { name: /Back to Αικατερίνη/ }).click();
  const documents = page.getByRole('region', { name: 'Consent forms and aftercare' });
  await expect(documents.getByRole('listitem')).toHaveCount(2);
  await documents.getByRole('link', { name: 'Consent to facial rejuvenation mesotherapy' }).click();
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();

  // Withdrawal is recorded beside the signed form, once.
  await page.getByRole('button', { name: 'Record withdrawal of consent' }).click();
  await page.getByLabel('Reason given').fill('Decided not to continue the course');
  await page.getByRole('button', { name: 'Record withdrawal' }).click();
  await expect(page.getByText(/Consent withdrawn on .*Decided not to continue/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record withdrawal of consent' })).toHaveCount(0);
});

test('a template edit becomes a new version, and the built-in text can be restored', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Aftercare after facial mesotherapy' }).click();
  await page
    .getByRole('textbox', { name: /^Title/ })
    .fill('Aftercare after facial treatment at {{clinic.name}}');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: /Aftercare after facial treatment/ }),
  ).toBeVisible();

  await page.getByLabel('Section 1 text').fill('Hello {{patient.nickname}}');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByLabel('Section 1 text')).toHaveAccessibleDescription(
    /merge field that does not exist/,
  );

  await page.getByRole('button', { name: 'Restore the built-in text' }).click();
  await expect(page.getByText('Built-in text restored as version 3.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Versions' }).getByRole('listitem')).toHaveCount(3);
});
