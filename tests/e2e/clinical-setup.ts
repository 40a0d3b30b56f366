import type { Page } from '@playwright/test';
import { allQuestions } from '../../src/shared/intake/definitions';
import type { Answers } from '../../src/shared/intake/types';
import { CURRENT_DAY_CHECK } from '../../src/shared/screening/day-check';
import { cleanAnswers, PNG_DATA_URL } from '../fixtures/intake';
import { type AppFixture, expect } from './fixtures';

/** The real API, called by the test: for setup the other specs test by hand. */
type Api = AppFixture['api'];

const signature = (role: string, signerName: string) => ({
  role,
  signerName,
  method: 'drawn',
  imagePng: PNG_DATA_URL,
});

/** A signed intake and a signed consent on file (their own specs sign them through the screens). */
export async function intakeAndConsent(api: Api, patientId: number, answers: Answers = cleanAnswers()) {
  const draft = await api<{ id: number; version: number }>('intakes.start', { patientId });
  const { intake } = await api<{ intake: { id: number; version: number } }>('intakes.saveDraft', {
    id: draft.id,
    version: draft.version,
    answers,
  });
  await api('intakes.sign', {
    id: intake.id,
    version: intake.version,
    declarationAccepted: true,
    patientSignature: signature('patient', 'Maria Papadopoulou'),
    practitionerSignature: signature('practitioner', 'Dr Eleni Markou'),
  });
  const [template] = await api<{ id: number }[]>('templates.list', { kind: 'consent' });
  const full = await api<{ content: { declarations: string[] } }>('templates.get', {
    id: template?.id,
  });
  await api('documents.signConsent', {
    patientId,
    templateId: template?.id,
    details: {
      treatmentDate: '2026-03-01',
      areas: ['Cheeks', 'Forehead'],
      products: [],
      plannedSessions: 'six sessions',
      nextAppointment: '',
    },
    acknowledged: full.content.declarations.map(() => true),
    photoConsent: 'clinical',
    signatures: [signature('patient', 'Maria Papadopoulou'), signature('practitioner', 'Dr Eleni Markou')],
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers the day-of-treatment check through its screen: "No" to every question but those in `yes`. */
export async function answerDayCheck(page: Page, yes: string[] = []) {
  const card = page.getByRole('region', { name: 'Check on the day' });
  for (const q of allQuestions(CURRENT_DAY_CHECK).filter((q) => q.type === 'yesNo')) {
    const group = card.getByRole('group', { name: new RegExp(`^${escapeRegExp(q.text)}`) });
    await group.getByRole('radio', { name: yes.includes(q.id) ? 'Yes' : 'No', exact: true }).check();
  }
  await card.getByRole('button', { name: 'Save the day check' }).click();
  await expect(card.getByText(/^Answered with the patient on/)).toBeVisible();
}
