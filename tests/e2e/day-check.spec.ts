import { cleanAnswers, PNG_DATA_URL } from '../fixtures/intake';
import { courseFields } from '../fixtures/treatments';
import { answerDayCheck, intakeAndConsent } from './clinical-setup';
import { type AppFixture, expect, test } from './fixtures';

type Api = AppFixture['api'];

/** A patient with intake and consent on file, and a complete draft session of a product with a lot. */
async function draftSession(api: Api, intake = cleanAnswers(), dilution = '') {
  const patient = await api<{ id: number }>('patients.create', {
    fields: { firstName: 'Maria', lastName: 'Papadopoulou', dateOfBirth: '1985-03-12', sex: 'female' },
  });
  await intakeAndConsent(api, patient.id, intake);
  const product = await api<{ id: number }>('products.create', {
    fields: {
      name: 'Clinic revitalising cocktail',
      type: 'mixture',
      unit: 'ml',
      ingredients: [{ name: 'Hyaluronic acid', concentration: '10 mg/ml' }],
    },
  });
  const lot = await api<{ id: number }>('lots.create', {
    productId: product.id,
    fields: {
      lotNumber: 'RV-1001',
      expiryDate: '2030-06-30',
      receivedDate: '2026-01-01',
      quantityReceived: 20,
    },
  });
  const course = await api<{ id: number }>('courses.create', {
    patientId: patient.id,
    fields: courseFields({ areas: ['face.cheeks'] }),
  });
  const session = await api<{ id: number }>('sessions.create', {
    courseId: course.id,
    fields: {
      date: '2026-03-01',
      time: '10:30',
      areas: ['face.cheeks'],
      technique: 'nappage',
      antiseptic: 'Chlorhexidine 0.5% in alcohol',
      items: [{ zone: 'face.cheeks', productId: product.id, lotId: lot.id, volumeMl: 1, dilution }],
      totalVolumeMl: 1,
    },
  });
  return { patientId: patient.id, sessionId: session.id };
}

const openSession = async (page: import('@playwright/test').Page, patientId: number, sessionId: number) => {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/patients/${patientId}/sessions/${sessionId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Draft session' })).toBeVisible();
};

test('a pregnancy disclosed only on the day shows as a difference, raises ABSOLUTE and blocks signing', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.open();
  const { patientId, sessionId } = await draftSession(app.api);
  await openSession(page, patientId, sessionId);

  const card = page.getByRole('region', { name: 'Check on the day' });
  // Prefilled with nothing: every answer is asked again.
  await expect(card.getByRole('radio', { checked: true })).toHaveCount(0);
  await card
    .getByRole('group', { name: /^Could you be pregnant today\?/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(card.getByText('Could you be pregnant today? Intake: No. Today: Yes.')).toBeVisible();
  await card.screenshot({ path: 'test-results/day-check-answering.png' });
  await answerDayCheck(page, ['pregnant']);
  await expect(card.getByText('Could you be pregnant today? Intake: No. Today: Yes.')).toBeVisible();
  await card.screenshot({ path: 'test-results/day-check-saved.png' });

  const flag = page.getByRole('listitem').filter({ hasText: 'Pregnant or possibly pregnant' });
  await expect(flag).toContainText('Do not treat');
  await expect(flag).toContainText('Today: Could you be pregnant today? → Yes');
  await page
    .getByRole('region', { name: 'Before signing' })
    .screenshot({ path: 'test-results/screening-day-pregnancy.png' });

  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(/absolute contraindication/i).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft session' })).toBeVisible();
  expect((await app.api<{ status: string }>('sessions.get', { id: sessionId })).status).toBe('draft');
});

test('lidocaine in the diluent against a lidocaine allergy raises ABSOLUTE, naming the words and the diluent', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await app.open();
  const allergic = cleanAnswers({
    allergies: 'yes',
    allergyIngredients: [],
    allergyDetails: 'Xylocaine at the dentist: swollen lips',
  });
  const { patientId, sessionId } = await draftSession(app.api, allergic, '1:1 with lidocaine 1%');
  await openSession(page, patientId, sessionId);
  await answerDayCheck(page);

  const flag = page.getByRole('listitem').filter({ hasText: 'Allergy to a planned substance' });
  await expect(flag).toContainText('Do not treat');
  await expect(flag).toContainText('Lidocaine in 1:1 with lidocaine 1%');
  await expect(flag).toContainText(
    '“Xylocaine” read as Lidocaine (brand name) in diluent “1:1 with lidocaine 1%”',
  );
  await page
    .getByRole('region', { name: 'Before signing' })
    .screenshot({ path: 'test-results/screening-diluent-allergy.png' });

  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft session' })).toBeVisible();
  expect((await app.api<{ status: string }>('sessions.get', { id: sessionId })).status).toBe('draft');
});

test('a minor’s intake cannot be signed without a parent or guardian’s signature', async ({ page, app }) => {
  test.setTimeout(90_000);
  await app.open();
  const minor = await app.api<{ id: number }>('patients.create', {
    fields: { firstName: 'Nikos', lastName: 'Kostas', dateOfBirth: '2010-06-01', sex: 'male' },
  });
  const draft = await app.api<{ id: number; version: number }>('intakes.start', { patientId: minor.id });
  const { intake } = await app.api<{ intake: { id: number; version: number } }>('intakes.saveDraft', {
    id: draft.id,
    version: draft.version,
    answers: cleanAnswers({
      pregnant: '',
      breastfeeding: '',
      guardianConsent: 'yes',
      guardianName: 'Eleni Kosta',
    }),
  });

  // Main refuses the minor's own signature, even with their "yes, a guardian agrees".
  const signed = app.api('intakes.sign', {
    id: intake.id,
    version: intake.version,
    declarationAccepted: true,
    patientSignature: {
      role: 'patient',
      signerName: 'Nikos Kostas',
      method: 'typed',
      imagePng: PNG_DATA_URL,
    },
    practitionerSignature: {
      role: 'practitioner',
      signerName: 'Dr Anna Demetriou',
      method: 'typed',
      imagePng: PNG_DATA_URL,
    },
  });
  await expect(signed).rejects.toThrow(/errors\.guardianSignatureRequired/);
  // Through the screens: the pad asks the guardian, and without their signature nothing moves on.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/patients/${minor.id}/intakes/${intake.id}/edit`);
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await page
    .getByRole('checkbox', { name: 'As parent or guardian, I confirm the declaration above.' })
    .check();
  await expect(page.getByRole('group', { name: 'Parent or guardian’s signature' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue to countersignature' }).click();
  await expect(page.getByRole('group', { name: 'Practitioner’s countersignature' })).toHaveCount(0);

  expect((await app.api<{ status: string }>('intakes.get', { id: intake.id })).status).toBe('draft');
});
