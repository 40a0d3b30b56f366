import path from 'node:path';
import type { Page } from '@playwright/test';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { expect, italianPatient, test } from './fixtures';

/**
 * The pseudo-locale run: every interface string is accented, bracketed ⟦…⟧ and 40% longer, so text that
 * never went through i18n shows as plain English, and text cut off at either end loses a bracket.
 * Data typed by the clinic (names, product names) and patient-facing text in the patient's language are
 * not interface strings: they are listed in DATA and skipped.
 */
const DATA = [/Giulia|Rossi|Smith|Anna|P-\d{6}|EUR|\d/, /Questionario|Consenso|Sì|No\b/];
const SCREENS = [
  '#/',
  '#/patients/new',
  '#/patients/1',
  '#/patients/1/edit',
  '#/products',
  '#/lot-recall',
  '#/data',
  '#/security',
  '#/audit',
  '#/settings',
];

/** Visible text outside the pseudo-locale's brackets that reads like English words. */
async function englishLeaks(page: Page): Promise<string[]> {
  const texts = await page.locator('body').evaluate((body) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // translate="no" marks what the clinic typed or what is written for the patient: data, not interface.
      if (!parent || parent.closest('script, style, [hidden], [translate="no"]')) continue;
      const text = node.textContent?.trim() ?? '';
      if (text) out.push(text);
    }
    for (const el of Array.from(body.querySelectorAll('[aria-label], [placeholder], [title]'))) {
      if (el.closest('[translate="no"]')) continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(attr);
        if (value) out.push(value);
      }
    }
    return out;
  });
  return texts
    .map((text) => text.replace(/⟦[^⟧]*⟧/g, ' '))
    .filter((rest) => /\b[A-Za-z]{3,}\b/.test(rest) && !DATA.some((re) => re.test(rest)));
}

test('every main screen in the pseudo-locale: no English left, nothing cut off (screenshots kept)', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.open();
  const patient = await italianPatient(app);
  const intake = await app.api<{ id: number; version: number; review: unknown }>('intakes.start', {
    patientId: patient.id,
  });
  await app.api('clinicalTexts.approve', intake.review);
  const saved = await app.api<{ intake: { version: number } }>('intakes.saveDraft', {
    id: intake.id,
    version: intake.version,
    answers: cleanAnswers(),
  });
  await app.api('intakes.sign', {
    id: intake.id,
    version: saved.intake.version,
    declarationAccepted: true,
    ...signatures(),
  });
  await app.api('settings.update', { patch: { interfaceLanguage: 'pseudo' } });
  await app.reload();

  const leaks: Record<string, string[]> = {};
  for (const screen of SCREENS) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, screen);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/⟦.*⟧/).first()).toBeVisible();
    const found = await englishLeaks(page);
    if (found.length) leaks[screen] = found;
    await page.screenshot({
      path: path.join(
        '.test-output',
        'pseudo',
        `${screen.replace(/[#/]+/g, '-').replace(/^-|-$/g, '') || 'home'}.png`,
      ),
      fullPage: true,
    });
  }
  expect(leaks).toEqual({});
});
