import { expect, test } from './fixtures';

test('the intake validity period is set in Settings, checked, and kept', async ({ page, app }) => {
  await app.open();
  await page.getByRole('link', { name: 'Settings' }).click();
  const months = page.getByLabel('Ask for a new intake after (months)');
  await expect(months).toHaveValue('6');

  await months.fill('0');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(months).toHaveAttribute('aria-invalid', 'true');

  await months.fill('12');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(months).toHaveAttribute('aria-invalid', 'false');
  await app.reload();
  await expect(page.getByLabel('Ask for a new intake after (months)')).toHaveValue('12');
});
