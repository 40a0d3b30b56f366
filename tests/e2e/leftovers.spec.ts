import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = '.test-output';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });

test('an intake draft is discarded after a confirmation and the patient has no open draft', async ({
  page,
  app,
}) => {
  await app.open();
  const patient = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Dora', lastName: 'Discard', dateOfBirth: '1984-02-03', sex: 'female' },
  });
  await page.goto(`${page.url().split('#')[0]}#/patients/${patient.id}`);
  await page.getByRole('button', { name: 'Start intake' }).click();
  await expect(page.getByRole('heading', { name: 'Intake questionnaire: Dora Discard' })).toBeVisible();

  await page.getByRole('button', { name: 'Discard draft' }).click();
  const confirm = page.getByRole('dialog', { name: 'Discard this intake draft?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep the draft' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await confirm.getByRole('button', { name: 'Discard draft' }).click();

  await expect(page.getByText('Intake draft discarded.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dora Discard' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start intake' })).toBeVisible();
  expect(await app.api<unknown[]>('intakes.list', { patientId: patient.id })).toEqual([]);
});

test('leaving a form with unsaved changes asks first: Stay keeps the typing, Leave goes; saving does not ask', async ({
  page,
  app,
}) => {
  await app.open();
  // Untouched: leaving does not ask.
  await page.getByRole('link', { name: 'New patient' }).click();
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // The patient form: Stay, then Leave.
  await nav(page).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Lena');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(leaveDialog(page)).toBeVisible();
  await expect(leaveDialog(page)).toContainText('have not been saved');
  await page.screenshot({ path: `${SHOTS}/leave-unsaved-dialog.png` });
  await leaveDialog(page).getByRole('button', { name: 'Stay' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(page.getByLabel('First name')).toHaveValue('Lena');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // Saving navigates to the new patient without asking.
  await nav(page).getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('link', { name: 'New patient' }).click();
  await page.getByLabel('First name').fill('Lena');
  await page.getByLabel('Last name').fill('Leave');
  await page.getByLabel('Date of birth').fill('1990-01-02');
  await page.getByLabel('Sex').selectOption('female');
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Leave' })).toBeVisible();
  await expect(leaveDialog(page)).toBeHidden();

  // The intake editor: an answer typed, Escape stays, Leave goes back to the patient.
  await page.getByRole('button', { name: 'Start intake' }).click();
  await page.getByLabel('What would you like to improve?').fill('Dull skin');
  await page.getByRole('link', { name: 'Back to Lena Leave' }).click();
  await expect(leaveDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(leaveDialog(page)).toBeHidden();
  await expect(page.getByLabel('What would you like to improve?')).toHaveValue('Dull skin');
  await page.getByRole('link', { name: 'Back to Lena Leave' }).click();
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Leave' })).toBeVisible();
});

test('a custom template is archived and un-archived in Settings; built-ins cannot be', async ({
  page,
  app,
}) => {
  await app.open();
  const templates = await app.api<{ key: string; title: string; builtin: boolean }[]>('templates.list', {
    kind: 'consent',
    language: 'en',
  });
  const builtin = templates.find((tpl) => tpl.builtin);
  if (!builtin) throw new Error('no built-in consent');
  const copy = await app.api<{ key: string; title: string }>('templates.copy', { key: builtin.key });

  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const list = page.getByRole('region', { name: 'Consent and aftercare templates' });
  await expect(page.getByRole('button', { name: `Archive ${builtin.title}` })).toHaveCount(0);
  await page.getByRole('button', { name: `Archive ${copy.title}` }).click();
  await expect(page.getByText('Template archived.')).toBeVisible();
  await expect(page.getByRole('link', { name: copy.title })).toHaveCount(0);
  const offered = await app.api<{ key: string }[]>('templates.list', { kind: 'consent', language: 'en' });
  expect(offered.map((tpl) => tpl.key)).not.toContain(copy.key);

  await page.getByRole('checkbox', { name: 'Show archived templates' }).check();
  await expect(page.getByRole('link', { name: copy.title })).toBeVisible();
  await page.getByRole('button', { name: `Un-archive ${copy.title}` }).scrollIntoViewIfNeeded();
  await list
    .or(page.locator('.template-list'))
    .first()
    .screenshot({ path: `${SHOTS}/template-list-archived.png` });
  await page.getByRole('button', { name: `Un-archive ${copy.title}` }).click();
  await expect(page.getByText('Template un-archived.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show archived templates' }).uncheck();
  await expect(page.getByRole('link', { name: copy.title })).toBeVisible();
});
