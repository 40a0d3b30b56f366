import { expect, test } from './fixtures';

test('a new user adds a patient with a non-ASCII name, finds, edits, archives and restores them', async ({
  page,
  app,
}) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'No patients yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Add your first patient' }).click();

  await page.getByLabel('First name').fill('Thị Ánh');
  await page.getByLabel('Last name').fill('Nguyễn');
  await page.getByLabel('Date of birth').fill('1992-11-02');
  await page.getByLabel('Sex').selectOption('female');
  await page.getByLabel('Phone', { exact: true }).fill('+84 90 123 4567');
  await page.getByLabel('Email').fill('anh@example.vn');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Thị Ánh Nguyễn' })).toBeVisible();
  await expect(page.getByText('P-000001').first()).toBeVisible();

  // Find by an accent-free partial query from the keyboard shortcut, open with Enter.
  await page.getByRole('link', { name: 'Patients' }).click();
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search patients' });
  await expect(search).toBeFocused();
  await search.fill('nguy');
  await expect(page.getByRole('option', { name: /Nguyễn/ })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Thị Ánh Nguyễn' })).toBeVisible();

  // Edit the phone: the change shows on the record and in its history.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await page.getByLabel('Phone', { exact: true }).fill('+84 28 3822 0000');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('+84 28 3822 0000', { exact: true })).toBeVisible();
  await expect(page.getByText('Phone: +84 90 123 4567 → +84 28 3822 0000')).toBeVisible();

  // Archive: hidden from the list, shown with the filter, then restored.
  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog', { name: /Archive Thị Ánh Nguyễn/ });
  await dialog.getByRole('button', { name: 'Archive patient' }).click();
  await expect(page.getByText(/^Archived on/)).toBeVisible();
  await expect(page.getByRole('option', { name: /Nguyễn/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived', exact: true }).check();
  await expect(page.getByRole('option', { name: /Nguyễn.*Archived/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('checkbox', { name: 'Show archived', exact: true }).uncheck();
  await expect(page.getByRole('option', { name: /Nguyễn/ })).toBeVisible();
});

test('an invalid form shows the message next to the field and saves nothing', async ({ page, app }) => {
  await app.open();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
  await page.getByLabel('First name').fill('Şule');
  await page.getByLabel('Date of birth').fill('2999-01-01');
  await page.getByLabel('Email').fill('sule@');
  await page.getByRole('button', { name: 'Save patient' }).click();

  await expect(
    page.getByRole('alert').filter({ hasText: 'Please correct the 3 highlighted fields.' }),
  ).toBeVisible();
  const lastName = page.getByLabel('Last name');
  await expect(lastName).toHaveAttribute('aria-invalid', 'true');
  await expect(lastName).toHaveAccessibleDescription(/Enter the last name/);
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription(
    'The date of birth cannot be in the future.',
  );
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/);

  await app.reload();
  await expect(page.getByRole('combobox', { name: 'Search patients' })).toBeVisible();
  await expect(page.getByText('0 patients')).toBeVisible();
  await page.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('heading', { name: 'No patients yet' })).toBeVisible();
  await expect(page.getByRole('option')).toHaveCount(0);
});

test('adding a patient with the same name and date of birth offers the existing record', async ({
  page,
  app,
}) => {
  await app.open();
  for (const attempt of [1, 2]) {
    await page.getByRole('link', { name: 'New patient' }).click();
    await page.getByLabel('First name').fill('Ελένη');
    await page.getByLabel('Last name').fill('Παπαδοπούλου');
    await page.getByLabel('Date of birth').fill('1985-03-12');
    await page.getByRole('button', { name: 'Save patient' }).click();
    if (attempt === 1)
      await expect(page.getByRole('heading', { level: 1, name: 'Ελένη Παπαδοπούλου' })).toBeVisible();
  }
  const warning = page.getByRole('alert').filter({ hasText: 'This patient may already exist' });
  await expect(warning).toBeVisible();
  await warning.getByRole('link', { name: 'Open P-000001' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ελένη Παπαδοπούλου' })).toBeVisible();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
});
