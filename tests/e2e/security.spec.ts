import { expect, TEST_PASSPHRASE, test } from './fixtures';

test('locking hides every patient until the right passphrase is entered', async ({ page, app }) => {
  await app.open();
  await page.keyboard.press('Alt+N');
  await page.getByLabel('Last name').fill('Öztürk');
  await page.getByLabel('Date of birth').fill('1979-09-09');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Öztürk' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Mesodesk is locked' })).toBeVisible();
  await expect(page.getByText('Öztürk')).toHaveCount(0);

  await page.getByLabel('Passphrase').fill('not my passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Passphrase')).toHaveAccessibleDescription('This passphrase is not correct.');
  await expect(page.getByText(/Wait \d seconds? before trying again/)).toBeVisible();
  await expect(page.getByText('Öztürk')).toHaveCount(0);

  // The first wrong passphrase costs a one-second wait; the default expect timeout leaves room for a busy machine.
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Öztürk' })).toBeVisible();
});

test('changing the passphrase issues a new recovery key and the new passphrase unlocks', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('link', { name: 'Security' }).click();
  const next = 'amber lanterns beside quiet water';
  await page.getByLabel('Current passphrase').fill(TEST_PASSPHRASE);
  await page.getByLabel('New passphrase').fill(next);
  await expect(page.getByLabel('New passphrase')).toHaveAccessibleDescription('Strong.');
  await page.getByLabel('Repeat the passphrase').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'I have printed or written down this recovery key' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Mesodesk is locked' })).toBeVisible();
  await page.getByLabel('Passphrase').fill(next);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
});

test('the launch address works once: the code leaves the address bar, and a reload asks for a new address', async ({
  page,
  app,
}) => {
  await app.open();
  const url = new URL(page.url());
  expect(url.searchParams.has('launch')).toBe(false);
  expect(url.search).toBe('');
  // The session token lives in the page's memory only.
  expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Open Mesodesk from a new address' })).toBeVisible();
  await expect(page.getByText(/open the newest address it printed/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search patients' })).toHaveCount(0);

  await app.reload();
  await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
});
