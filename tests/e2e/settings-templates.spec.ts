import { expect, test } from './fixtures';

const SHOTS = '.test-output';

interface Summary {
  key: string;
  title: string;
  kind: 'consent' | 'aftercare';
  language: string;
  archivedAt: string | null;
}

test('Settings groups the templates by kind and filters them by language, from the keyboard', async ({
  page,
  app,
}) => {
  await app.open();
  const all = await app.api<Summary[]>('templates.list', { includeArchived: true });
  const english = all.filter((tpl) => tpl.language === 'en');
  const french = all.filter((tpl) => tpl.language === 'fr');
  const [firstEnglish] = english;
  const [firstFrench] = french;
  if (!firstEnglish || !firstFrench) throw new Error('no English or no French template');

  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Consent and aftercare templates' });
  const language = card.getByLabel('Template language');
  // The interface is in English: the English templates first.
  await expect(language).toHaveValue('en');
  const consent = card.getByRole('region', { name: /^Consent form/ });
  const aftercare = card.getByRole('region', { name: /^Aftercare sheet/ });
  const count = (kind: Summary['kind'], of: Summary[]) => of.filter((tpl) => tpl.kind === kind).length;
  await expect(consent.getByRole('link')).toHaveCount(count('consent', english));
  await expect(aftercare.getByRole('link')).toHaveCount(count('aftercare', english));
  await expect(consent.getByRole('heading', { level: 3 })).toHaveText(
    `Consent form (${count('consent', english)} templates)`,
  );
  await expect(card.getByRole('link', { name: firstFrench.title, exact: true })).toHaveCount(0);
  await card.screenshot({ path: `${SHOTS}/settings-template-list.png` });

  // The select is reached and changed from the keyboard like any native select.
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('fr');
  await expect(consent.getByRole('link')).toHaveCount(count('consent', french));
  await expect(aftercare.getByRole('link')).toHaveCount(count('aftercare', french));
  await expect(card.getByRole('link', { name: firstFrench.title, exact: true })).toBeVisible();
  await expect(card.getByRole('link', { name: firstEnglish.title, exact: true })).toHaveCount(0);

  await language.selectOption({ label: 'All languages' });
  const unarchived = all.filter((tpl) => !tpl.archivedAt);
  await expect(card.getByRole('link')).toHaveCount(unarchived.length);

  // A link in the list opens its template from the keyboard.
  await card.getByRole('link', { name: firstFrench.title, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: firstFrench.title })).toBeVisible();
});

test('a notice goes away by itself, stays while hovered or focused, and closes from the keyboard', async ({
  page,
  app,
}) => {
  await app.open();
  await page.clock.install();
  await page.getByRole('link', { name: 'Settings' }).click();
  const save = page.getByRole('button', { name: 'Save settings', exact: true });
  const status = page.getByRole('status').filter({ hasText: 'Settings saved.' });
  const close = page.getByRole('button', { name: 'Close this message' });

  await save.click();
  await expect(status).toBeVisible();
  await page.locator('.notice').screenshot({ path: `${SHOTS}/notice.png` });
  // Held under the pointer: it stays however long.
  await status.hover();
  await page.clock.runFor(20_000);
  await expect(status).toBeVisible();
  // Left alone, it goes after a few seconds.
  await page.mouse.move(700, 10);
  await page.clock.runFor(6_000);
  await expect(status).toHaveCount(0);
  await expect(close).toHaveCount(0);

  // Focused, it stays; Escape closes it and gives the focus back.
  await save.click();
  await expect(status).toBeVisible();
  await close.focus();
  await page.clock.runFor(20_000);
  await expect(status).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(status).toHaveCount(0);
  await expect(close).toHaveCount(0);

  // From the top of the main area, Tab reaches its close button, which works with Enter.
  await save.click();
  await expect(status).toBeVisible();
  await page.getByRole('main').focus();
  await page.keyboard.press('Tab');
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveCount(0);
});
