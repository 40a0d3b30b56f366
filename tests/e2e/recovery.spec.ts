import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startBridgeServer } from '../../src/main/web/server';
import { expect, TEST_KDF, TEST_PASSPHRASE, test } from './fixtures';

const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');
const NEW_PASSPHRASE = 'a new laptop needs a new passphrase';

/**
 * The lost laptop: a clinic set up through the real screens (its recovery key read off the sheet),
 * a patient added, a backup written to a "USB stick" folder from the Data page.
 */
async function oldLaptopWithBackupOnStick(page: Page, launchUrl: string, stick: string) {
  await page.goto(launchUrl);
  await page.getByLabel('New passphrase').fill(TEST_PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  const recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent()) ?? '';
  expect(recoveryKey).toMatch(/^[A-Z0-9-]{20,}$/);
  await page.getByRole('checkbox', { name: 'I have printed or written down this recovery key' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Giulia');
  await page.getByLabel('Last name').fill('Moretti');
  await page.getByLabel('Date of birth').fill('1979-05-02');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Giulia Moretti' })).toBeVisible();
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Back up to another folder (optional)').fill(stick);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup written and verified/)).toBeVisible();
  const [file] = fs.readdirSync(stick).filter((f) => f.endsWith('.db'));
  if (!file) throw new Error('no backup on the stick');
  return { recoveryKey, backup: path.join(stick, file) };
}

/** A fresh computer: an empty data folder served in the browser, at the first-start screen. */
async function newLaptop(page: Page, dataDir: string) {
  const server = await startBridgeServer({ dataDir, rendererDir: RENDERER_DIR, kdf: TEST_KDF });
  await page.goto(server.launchUrl);
  await expect(page.getByRole('heading', { name: 'Protect your clinic’s records' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore a clinic from a backup' }).click();
  await expect(page.getByRole('button', { name: 'Restore a clinic from a backup' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  return server;
}

test.describe('disaster recovery from a backup alone', () => {
  let scratch: string;
  test.beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-e2e-recovery-'));
    fs.mkdirSync(path.join(scratch, 'usb-stick'));
  });
  test.afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test('the backup on a stick and the passphrase bring the clinic back on a fresh computer', async ({
    app,
    page,
  }) => {
    const { backup } = await oldLaptopWithBackupOnStick(
      page,
      app.server.launchUrl,
      path.join(scratch, 'usb-stick'),
    );
    await app.server.close();
    fs.rmSync(app.dataDir, { recursive: true, force: true });

    const server = await newLaptop(page, path.join(scratch, 'new-laptop'));
    try {
      await page.getByLabel('Backup file').fill(backup);
      await page.getByLabel('Passphrase at the time of the backup').fill('not the passphrase at all');
      await page.getByRole('button', { name: 'Restore and open' }).click();
      await expect(
        page.getByText('This passphrase does not open this backup.', { exact: false }),
      ).toBeVisible();
      await page.screenshot({ path: path.join(scratch, '..', 'mesodesk-restore-clinic.png') });
      await page.getByLabel('Passphrase at the time of the backup').fill(TEST_PASSPHRASE);
      await page.getByRole('button', { name: 'Restore and open' }).click();
      await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
      await expect(page.getByRole('option', { name: /Moretti/ })).toBeVisible();
    } finally {
      await server.close();
    }
  });

  test('the backup and the printed recovery key, with a new passphrase, bring it back too', async ({
    app,
    page,
  }) => {
    const { backup, recoveryKey } = await oldLaptopWithBackupOnStick(
      page,
      app.server.launchUrl,
      path.join(scratch, 'usb-stick'),
    );
    await app.server.close();
    fs.rmSync(app.dataDir, { recursive: true, force: true });

    const server = await newLaptop(page, path.join(scratch, 'new-laptop'));
    try {
      await page.getByLabel('Backup file').fill(backup);
      await page.getByRole('radio', { name: /The recovery key/ }).check();
      await page
        .getByRole('textbox', { name: /^Recovery key/ })
        .fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
      await page.getByLabel(/^New passphrase/).fill(NEW_PASSPHRASE);
      await page.getByLabel(/^Repeat the passphrase/).fill(NEW_PASSPHRASE);
      await page.getByRole('button', { name: 'Restore and open' }).click();
      // A new recovery key replaces the one that has now been typed.
      const issued = page.getByLabel('Recovery key', { exact: true });
      await expect(issued).toBeVisible();
      expect(await issued.textContent()).not.toBe(recoveryKey);
      await page.getByRole('checkbox', { name: 'I have printed or written down this recovery key' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('option', { name: /Moretti/ })).toBeVisible();
    } finally {
      await server.close();
    }
  });

  test('a file that is not a backup is refused next to the file field', async ({ page }) => {
    const fake = path.join(scratch, 'holiday-photos.db');
    fs.writeFileSync(fake, '');
    const server = await newLaptop(page, path.join(scratch, 'new-laptop'));
    try {
      await page.getByLabel('Backup file').fill(fake);
      await page.getByLabel('Passphrase at the time of the backup').fill(TEST_PASSPHRASE);
      await page.getByRole('button', { name: 'Restore and open' }).click();
      await expect(page.getByText(/does not carry its keys|not a Mesodesk backup/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Protect your clinic’s records' })).toBeVisible();
    } finally {
      await server.close();
    }
  });
});
