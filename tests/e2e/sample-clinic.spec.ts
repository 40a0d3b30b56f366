import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startBridgeServer } from '../../src/main/web/server';
import { SAMPLE_PASSPHRASE } from '../../src/shared/sample/contract';
import { FAST_KDF } from '../fixtures/kdf';

const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');
const SHOTS = process.env.SAMPLE_SCREENSHOTS;

test('the first-start screen opens the sample clinic, marked on every screen, with data everywhere', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The real clinic's folder sits in its own parent, so the sample clinic's folder lands beside it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-e2e-sample-'));
  const dataDir = path.join(parent, 'clinic');
  const server = await startBridgeServer({ dataDir, rendererDir: RENDERER_DIR, kdf: FAST_KDF });
  try {
    await page.goto(server.launchUrl);
    await expect(page.getByRole('heading', { name: 'Protect your clinic’s records' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sample-first-start.png'), fullPage: true });
    await page.getByRole('button', { name: 'Explore with a sample clinic' }).click();

    const banner = page.getByRole('complementary', {
      name: 'Sample clinic — invented patients; nothing here is real',
    });
    await expect(banner).toBeVisible({ timeout: 120_000 });
    await expect(banner).toContainText(SAMPLE_PASSPHRASE);
    await expect(page).toHaveTitle(/Sample clinic/);
    expect(fs.existsSync(path.join(parent, 'Mesodesk sample clinic'))).toBe(true);

    // The patient list: invented patients in several scripts.
    await expect(page.getByRole('option', { name: /Lefèvre/ })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sample-home.png'), fullPage: true });
    const search = page.getByRole('combobox', { name: 'Search patients' });
    await search.fill('Смирнова');
    await expect(page.getByRole('option', { name: /Анна Смирнова/ })).toBeVisible();
    await search.fill('');

    // A patient's timeline shows signed sessions.
    await page.getByRole('option', { name: /Bianchi/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Giulia Bianchi/ })).toBeVisible();
    await expect(page.getByText(/Session/).first()).toBeVisible();
    await expect(banner).toBeVisible();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'sample-patient.png'), fullPage: true });

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Diary' }).click();
    await expect(page.getByText(/Treatment/).first()).toBeVisible();
    await expect(banner).toBeVisible();

    await nav.getByRole('link', { name: 'Products' }).click();
    await page.getByRole('button', { name: /^Vitamin C 200 mg\/ml/ }).click();
    await expect(page.getByRole('cell', { name: 'VC-0777', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'VC-0612', exact: true })).toBeVisible();

    await nav.getByRole('link', { name: 'Data' }).click();
    await expect(page.getByText(/verified/i).first()).toBeVisible();
    await expect(banner).toBeVisible();

    // Back to the real clinic: its first-start screen, no banner.
    await banner.getByRole('button', { name: 'Back to the real clinic' }).click();
    await expect(page.getByRole('heading', { name: 'Protect your clinic’s records' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect(page).not.toHaveTitle(/Sample clinic/);
  } finally {
    await server.close();
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
