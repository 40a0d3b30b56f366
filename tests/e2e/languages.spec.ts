import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { en } from '../../src/renderer/src/i18n/en';
import fr from '../../src/renderer/src/i18n/locales/fr.json';
import { cleanAnswers } from '../fixtures/intake';
import { expect, italianPatient, test } from './fixtures';

type Strings = { readonly [key: string]: string | Strings };

/** Every interface string by its key path ("a.b.c"). */
function leaves(tree: Strings, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else leaves(value, path, out);
  }
  return out;
}

const english = leaves(en as unknown as Strings);
const french = leaves(fr as unknown as Strings);

/** An English interface string as the French interface shows it (the first key that has that text). */
function P(text: string): string {
  for (const [key, value] of english) {
    if (value === text) {
      const translated = french.get(key);
      if (translated) return translated;
    }
  }
  throw new Error(`no French interface string for "${text}"`);
}

async function signTyped(page: Page, group: string, name: string) {
  const pad = page.getByRole('group', { name: P(group) });
  await pad.getByRole('button', { name: P('Type instead') }).click();
  await pad.getByLabel(P('Full name as signature')).fill(name);
}

async function pdfOf(download: Download, dir: string): Promise<{ bytes: Buffer; text: string }> {
  const file = path.join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { bytes: fs.readFileSync(file), text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}

test('a French-speaking practitioner and an Italian patient: intake and consent in Italian, the PDF reprints unchanged', async ({
  page,
  app,
}) => {
  // Heavy on a shared 2-core machine: two questionnaires laid out, a consent signed and its PDF read back twice.
  test.setTimeout(120_000);
  await app.open();
  await app.api('settings.update', {
    patch: { practitionerName: 'Dott.ssa Chiara Bianchi', clinicName: 'Clinica Aurora' },
  });

  // The practitioner chooses French for the interface in Settings: the patient's language must not follow it.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('fr');
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(page.getByRole('link', { name: P('Patients') })).toBeVisible();
  // The confirmation is written in the language just chosen, not the one the form was opened in.
  await expect(page.getByText(P('Settings saved.'))).toBeVisible();

  const patient = await italianPatient(app);
  await page.evaluate((id) => {
    location.hash = `#/patients/${id}`;
  }, patient.id);
  await expect(page.getByRole('heading', { level: 1, name: 'Giulia Rossi' })).toBeVisible();
  await expect(page.getByText(P('Italian'), { exact: false })).toBeVisible();

  // The intake is asked in Italian, with the interface around it in the practitioner's language.
  await page.getByRole('button', { name: P('Start intake') }).click();
  await expect(page.getByRole('heading', { name: P('Review before first use') })).toBeVisible();
  await expect(page.getByRole('group', { name: 'È incinta, o potrebbe esserlo?' })).toBeVisible();
  await page.getByRole('button', { name: P('I have read this text: approve it') }).click();
  await expect(page.getByRole('heading', { name: P('Review before first use') })).toHaveCount(0);

  // Answers are typed elsewhere in the intake spec; here they come through the API, then the patient signs.
  const [draft] = await app.api<{ id: number }[]>('intakes.list', { patientId: patient.id });
  const intake = await app.api<{ id: number; version: number }>('intakes.get', { id: draft?.id });
  await app.api('intakes.saveDraft', { id: intake.id, version: intake.version, answers: cleanAnswers() });
  await app.reload();
  await expect(
    page.getByRole('group', { name: 'Sta allattando?' }).getByLabel('No', { exact: true }),
  ).toBeChecked();
  await page.getByRole('button', { name: P('Continue to signing') }).click();
  await expect(page.getByText(/Ho risposto a queste domande/)).toBeVisible();
  await page.getByRole('checkbox', { name: P('I confirm the declaration above.') }).check();
  await signTyped(page, 'Patient’s signature', 'Giulia Rossi');
  await page.getByRole('button', { name: P('Continue to countersignature') }).click();
  await signTyped(page, 'Practitioner’s countersignature', 'Dott.ssa Chiara Bianchi');
  await page.getByRole('button', { name: P('Countersign and lock') }).click();
  await expect(page.getByRole('heading', { name: /Giulia Rossi/ })).toBeVisible();
  await expect(page.getByText('Questionario di anamnesi e screening')).toBeVisible();

  // The consent: the templates offered are the Italian ones; the text is read and signed in Italian.
  await page.evaluate((id) => {
    location.hash = `#/patients/${id}/documents/new?kind=consent`;
  }, patient.id);
  await page.getByRole('checkbox', { name: 'Cheeks' }).check();
  await expect(page.getByLabel(P('Template'))).toHaveAccessibleDescription(/ringiovanimento del viso/);
  await page.getByRole('button', { name: P('Continue to reading and signing') }).click();
  await expect(
    page.getByRole('heading', { name: 'Consenso alla mesoterapia di ringiovanimento del viso' }),
  ).toBeVisible();
  await page.getByRole('button', { name: P('I have read this text: approve it') }).click();
  await expect(page.getByRole('heading', { name: P('Review before first use') })).toHaveCount(0);
  for (const box of await page
    .getByRole('group', { name: P('Declarations') })
    .getByRole('checkbox')
    .all()) {
    await box.check();
  }
  await page.getByRole('radio', { name: P('Clinical record only') }).check();
  await signTyped(page, 'Patient’s signature', 'Giulia Rossi');
  await page.getByLabel(P('Practitioner’s full name')).fill('Dott.ssa Chiara Bianchi');
  await signTyped(page, 'Practitioner’s signature', 'Dott.ssa Chiara Bianchi');
  await page.getByRole('button', { name: P('Sign and store the consent') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Consenso alla mesoterapia di ringiovanimento del viso' }),
  ).toBeVisible();

  const first = await pdfOf(
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: P('Download PDF') }).click(),
    ]).then(([d]) => d),
    app.dataDir,
  );
  for (const italian of [
    'Effetti collaterali comuni',
    'Consenso alle fotografie',
    'Firme',
    'Pagina 1 di',
    'Guance',
  ]) {
    expect(first.text, italian).toContain(italian);
  }
  expect(first.text).not.toContain('Signatures');
  expect(first.text).not.toMatch(/[⟦⟧]/);

  // The interface goes back to English: the signed consent's reprint is the very same file.
  const documentUrl = page.url();
  await page.getByRole('link', { name: P('Settings') }).click();
  await page.getByLabel(P('Interface language')).selectOption('en');
  await page.getByRole('button', { name: P('Save settings'), exact: true }).click();
  await expect(page.getByRole('link', { name: 'Patients' })).toBeVisible();
  await page.goto(documentUrl);
  await app.reload();
  const reprint = await pdfOf(
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]).then(([d]) => d),
    app.dataDir,
  );
  expect(reprint.bytes.equals(first.bytes)).toBe(true);
});
