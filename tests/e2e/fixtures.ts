import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type BridgeServer, startBridgeServer } from '../../src/main/web/server';

const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');

export interface AppFixture {
  server: BridgeServer;
  dataDir: string;
  /** Opens the app in the page (with the bridge token) and waits for the patient list. */
  open(): Promise<void>;
}

/** Each test gets its own data folder and its own bridge server over the real services. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
      throw new Error('The renderer is not built: run `npm run build` before the e2e tests.');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-e2e-'));
    const server = await startBridgeServer({ dataDir, rendererDir: RENDERER_DIR });
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    await use({
      server,
      dataDir,
      open: async () => {
        await page.goto(server.launchUrl);
        await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
      },
    });
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
