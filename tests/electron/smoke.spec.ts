import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronSkipReason, findElectronBinary, MAIN_ENTRY } from './electron-env';

const skipReason = electronSkipReason();
if (skipReason) console.log(`[electron smoke] skipped: ${skipReason}`);

test.describe('Electron app', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  test('starts hardened, sets up the encrypted store, exposes only window.clinic and window.desktop (no Node, no raw IPC) and shows the patient list', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-electron-'));
    const args = [MAIN_ENTRY];
    // Chromium refuses to run as root with its OS sandbox; the renderer sandbox (webPreferences) stays on.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    const app = await electron.launch({
      executablePath: findElectronBinary() as string,
      args,
      env: { ...process.env, MESODESK_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      // First start: the passphrase that encrypts the clinic's data, then the recovery key.
      await expect(page.getByRole('heading', { name: 'Protect your clinic’s records' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/mesodesk\//);
      const passphrase = 'smoke test passphrase words';
      await page.getByLabel('New passphrase').fill(passphrase);
      await page.getByLabel('Repeat the passphrase').fill(passphrase);
      await page.getByRole('button', { name: 'Encrypt and continue' }).click();
      await page.getByRole('checkbox', { name: 'I have printed or written down this recovery key' }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();

      const exposed = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
        search: typeof window.clinic?.patients.search,
        menuCommands: typeof (window as unknown as { desktop?: { onCommand?: unknown } }).desktop?.onCommand,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        ipc: 'undefined',
        search: 'function',
        menuCommands: 'function',
      });

      // The real IPC round trip against the real database.
      const created = await page.evaluate(() =>
        window.clinic?.patients.create({ fields: { lastName: 'Σμυρναίου', dateOfBirth: '1975-05-05' } }),
      );
      expect(created).toMatchObject({ ok: true, value: { number: 'P-000001' } });

      await page.evaluate(() => window.open('https://example.com/'));
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
      expect(page.url()).toMatch(/^app:\/\/mesodesk\//);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
