import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type BridgeServer, startBridgeServer } from '../../src/main/web/server';
import { BRIDGE_LAUNCH_PATH, IPC_CHANNEL } from '../../src/shared/api/channels';
import { FAST_KDF } from '../fixtures/kdf';

const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');

/** The passphrase every e2e clinic is set up with. */
export const TEST_PASSPHRASE = 'correct horse battery staple';
/** A cheap scrypt cost so each test's setup takes milliseconds; the app itself uses the default. */
export const TEST_KDF = FAST_KDF;

export interface AppFixture {
  server: BridgeServer;
  dataDir: string;
  /**
   * Opens the app in the page (with the bridge token). A new clinic is set up with TEST_PASSPHRASE
   * through the real setup screen, a locked one is unlocked; then it waits for the patient list.
   */
  open(): Promise<void>;
  /**
   * Shows the current screen again from a fresh launch address: the page keeps its session token in
   * memory only, so a plain reload disconnects it (see the security spec).
   */
  reload(): Promise<void>;
  /** Calls the real API from the test (its own session token): for setup a spec tests elsewhere by hand. */
  api<T>(channel: string, input: unknown): Promise<T>;
}

/** Trades a launch code of the server for a session token, as the page does. */
async function sessionToken(server: BridgeServer): Promise<string> {
  const code = new URL(server.launchUrl).searchParams.get('launch');
  const response = await fetch(new URL(BRIDGE_LAUNCH_PATH, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new Error(`launch code refused: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Each test gets its own data folder and its own bridge server over the real services. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-e2e-'));
    const server = await startBridgeServer({ dataDir, rendererDir: RENDERER_DIR, kdf: TEST_KDF });
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    let token: Promise<string> | null = null;
    await use({
      server,
      dataDir,
      open: async () => {
        await page.goto(server.launchUrl);
        const search = page.getByRole('combobox', { name: 'Search patients' });
        const setup = page.getByRole('heading', { name: 'Protect your clinic’s records' });
        const locked = page.getByRole('heading', { name: 'Mesodesk is locked' });
        await expect(search.or(setup).or(locked)).toBeVisible();
        if (await setup.isVisible()) {
          await page.getByLabel('New passphrase').fill(TEST_PASSPHRASE);
          await page.getByLabel('Repeat the passphrase').fill(TEST_PASSPHRASE);
          await page.getByRole('button', { name: 'Encrypt and continue' }).click();
          await page
            .getByRole('checkbox', { name: 'I have printed or written down this recovery key' })
            .check();
          await page.getByRole('button', { name: 'Continue' }).click();
          // The first-start setup has its own spec (first-hour.spec.ts).
          await page.getByRole('link', { name: 'Skip the setup for now' }).click();
        } else if (await locked.isVisible()) {
          await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
          await page.getByRole('button', { name: 'Unlock' }).click();
        }
        await expect(search).toBeVisible();
      },
      reload: async () => {
        await page.goto(`${server.launchUrl}${new URL(page.url()).hash}`);
      },
      api: async <T>(channel: string, input: unknown): Promise<T> => {
        token ??= sessionToken(server);
        const response = await fetch(new URL(`/api/${IPC_CHANNEL.replace(':', '/')}`, server.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Mesodesk-Token': await token },
          body: JSON.stringify({ channel, input }),
        });
        const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
        if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
        return result.value as T;
      },
    });
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** An Italian-speaking patient, made through the API (the patient form is tested in patients.spec). */
export const italianPatient = (app: AppFixture) =>
  app.api<{ id: number }>('patients.create', {
    fields: {
      firstName: 'Giulia',
      lastName: 'Rossi',
      dateOfBirth: '1990-05-04',
      sex: 'female',
      preferredLanguage: 'it',
    },
  });
