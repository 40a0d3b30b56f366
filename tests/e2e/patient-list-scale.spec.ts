import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { seedPatients } from '../bench/seed';
import { testContext } from '../fixtures/test-db';
import { expect, test } from './fixtures';

test('a large registry stays virtualised and pages in as the keyboard moves down', async ({ page, app }) => {
  // A second connection to the bridge's own database (WAL allows it) seeds 2,500 patients.
  const { db } = openDatabase(path.join(app.dataDir, 'mesodesk.db'));
  seedPatients(db, createServices(testContext(db)), 2500);
  db.close();

  await app.open();
  // Counted no further than 1,000: the list says "more than" and still pages on.
  await expect(page.getByRole('region', { name: 'Patients' }).getByRole('status')).toHaveText(
    'More than 1,000 patients',
  );
  const options = page.getByRole('option');
  expect(await options.count()).toBeLessThan(60);

  const search = page.getByRole('combobox', { name: 'Search patients' });
  await search.focus();
  for (let i = 0; i < 25; i++) await search.press('PageDown');
  const active = page.locator('[role="option"].patient-option--active');
  await expect(active).toBeVisible();
  const activeId = await search.getAttribute('aria-activedescendant');
  expect(activeId).toBe(await active.getAttribute('id'));
  // More than one page (100 rows) was loaded on the way, and the DOM still holds only a window.
  expect(
    Number(await page.locator('[role="option"]').last().locator('..').getAttribute('data-index')),
  ).toBeGreaterThan(100);
  expect(await options.count()).toBeLessThan(60);
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    (await active.locator('.patient-option__name').textContent()) ?? '',
  );
});

test('a broad search says "more than 1,000", asks for a narrower one, and pages on past the cap', async ({
  page,
  app,
}) => {
  const { db } = openDatabase(path.join(app.dataDir, 'mesodesk.db'));
  seedPatients(db, createServices(testContext(db)), 2500);
  db.close();

  await app.open();
  const search = page.getByRole('combobox', { name: 'Search patients' });
  // Every patient number starts with P: a one-letter search that matches the whole clinic.
  await search.fill('p');
  const status = page.getByRole('region', { name: 'Patients' }).getByRole('status');
  await expect(status).toHaveText('More than 1,000 patients — refine the search');
  await page.screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-search-more-shot.png') });

  const listbox = page.getByRole('listbox', { name: 'Patients' });
  const lastIndex = async () =>
    Number(await page.locator('.patient-list__item').last().getAttribute('data-index'));
  await expect(async () => {
    await page.locator('.patient-list__scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    expect(await lastIndex()).toBeGreaterThan(1200);
  }).toPass();
  await expect(listbox.getByRole('option').last()).toBeVisible();
  expect(await listbox.getByRole('option').count()).toBeLessThan(60);

  // A narrow search gets its exact count back.
  const someone =
    (await listbox.getByRole('option').last().locator('.patient-option__name').textContent()) ?? '';
  const surname = someone.split(' ').at(-1) ?? '';
  await search.fill(surname);
  await expect(status).toHaveText(/^\d+ match(es)?$/);
});
