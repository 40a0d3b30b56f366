import path from 'node:path';
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
  await expect(rows.filter({ hasText: 'Passphrase and lock' }).filter({ hasText: 'Created' })).toHaveCount(1);
  // No clinical content or names in the trail.
  await expect(page.getByRole('table')).not.toContainText('Иванова');

  await page.getByLabel('Action').selectOption('create');
  await expect(rows.filter({ hasText: 'Opened' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Intact: \d+ entries checked/ })).toBeVisible();
});

test('the audit screen shows an anchor to note down, checks a typed anchor and compares backups', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified/)).toBeVisible();

  await page.getByRole('link', { name: 'Audit' }).click();
  const anchor = page.getByRole('region', { name: 'Anchor to note down' });
  await expect(anchor).toBeVisible();
  const code = anchor.locator('code').first();
  await expect(code).toHaveText(/^\d+:[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
  const noted = (await code.textContent()) as string;
  const count = Number(noted.split(':')[0]);
  await expect(anchor.getByText(`${count} entries`)).toBeVisible();
  await anchor.getByText('Full value (the whole hash)').click();
  await expect(anchor.locator('code').nth(1)).toHaveText(
    new RegExp(`^${count}:[0-9a-f]{4}(-[0-9a-f]{4}){15}$`),
  );
  await page
    .screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-audit-anchor-shot.png'), fullPage: true })
    .catch(() => undefined);

  const status = page.getByRole('region', { name: 'Check the trail' }).getByRole('status');
  const typed = page.getByLabel('An anchor you noted (optional)');
  const verify = page.getByRole('button', { name: 'Verify the chain' });

  // Without a typed anchor: the chain and the backup's anchor.
  await verify.click();
  await expect(status).toContainText(/^Intact: \d+ entries checked/);
  await expect(status).toContainText('Matches the backup of');

  // The code as noted, typed back with other spacing and case.
  await typed.fill(` ${noted.toUpperCase().replace(':', ' ')} `);
  await verify.click();
  await expect(status).toContainText(`Matches the anchor you typed (${count} entries then)`);

  // A code that does not match what entry N was: reported as rewritten.
  await typed.fill(`${count}:0000-0000-0000-0000`);
  await verify.click();
  await expect(status).toContainText(
    /^Each entry still links to the one before it \(\d+ entries\), but an anchor/,
  );
  await expect(status).toContainText(`Rewritten: entry ${count} no longer matches the anchor you typed`);
  await page
    .getByRole('region', { name: 'Check the trail' })
    .screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-audit-rewritten-shot.png') })
    .catch(() => undefined);

  // More entries than the trail has: reported as cut off.
  await typed.fill(`${count + 50}:${noted.split(':')[1]}`);
  await verify.click();
  await expect(status).toContainText(
    `the anchor you typed counted ${count + 50} entries, the trail now has only ${count}`,
  );

  await typed.fill('last Tuesday');
  await verify.click();
  await expect(page.getByText(/^Enter the anchor as noted/)).toBeVisible();
  await expect(typed).toHaveAttribute('aria-invalid', 'true');
});
