import path from 'node:path';
import { KEYFILE_NAME } from '../../src/main/vault/vault';
import { dataKeyOf, formatOf, rewriteAsSqlcipher4 } from '../fixtures/cipher-format';
import { expect, TEST_PASSPHRASE, test } from './fixtures';

test('a clinic written in the older SQLCipher 4 format is converted at unlock, with a safety copy and an audit entry', async ({
  app,
  page,
}) => {
  await app.open();
  await app.api('patients.create', {
    fields: { firstName: 'Ana', lastName: 'Older', dateOfBirth: '1981-02-03', sex: 'female' },
  });
  // The clinic as an earlier Mesodesk left it: locked, the file in SQLCipher 4.
  await app.api('vault.lock', {});
  const dbFile = path.join(app.dataDir, 'mesodesk.db');
  const key = await dataKeyOf(path.join(app.dataDir, KEYFILE_NAME), TEST_PASSPHRASE);
  rewriteAsSqlcipher4(dbFile, key);

  await app.reload();
  await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('option', { name: /Older/ })).toBeVisible();
  expect(formatOf(dbFile, key)).toBe('aegis');

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const safety = page.locator('.backups-table tbody tr', {
    hasText: 'Safety copy before the encryption update',
  });
  await expect(safety).toHaveCount(1);
  await expect(safety).toContainText('Verified');
  await page
    .locator('.backups-table')
    .screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-conversion-backups-shot.png') });

  await page.getByRole('link', { name: 'Audit' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Encryption format updated' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('sqlcipher4 → aegis');
  await page
    .getByRole('table')
    .screenshot({ path: path.join(app.dataDir, '..', 'mesodesk-conversion-audit-shot.png') });
});
