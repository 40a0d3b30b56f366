import { expect, test } from './fixtures';

test('the audit screen lists what was done, filters it and verifies the chain', async ({ page, app }) => {
  await app.open();
  await page.keyboard.press('Alt+N');
  await page.getByLabel('First name').fill('Наталья');
  await page.getByLabel('Last name').fill('Иванова');
  await page.getByLabel('Date of birth').fill('1978-01-20');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Наталья Иванова' })).toBeVisible();

  await page.getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Created' }).filter({ hasText: 'P-000001' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Opened' }).filter({ hasText: 'P-000001' })).toHaveCount(1);
  // Setting up the encrypted store is the first entry.
  await expect(rows.filter({ hasText: 'Session' }).filter({ hasText: 'Created' })).toHaveCount(1);
  // No clinical content or names in the trail.
  await expect(page.getByRole('table')).not.toContainText('Иванова');

  await page.getByLabel('Action').selectOption('create');
  await expect(rows.filter({ hasText: 'Opened' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Intact: \d+ entries checked/ })).toBeVisible();
});
