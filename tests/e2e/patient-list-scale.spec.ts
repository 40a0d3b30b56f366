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
  await expect(page.getByText('2,500 patients')).toBeVisible();
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
