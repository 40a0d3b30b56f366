import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionCheck } from '../../src/shared/treatments/schema';
import { createTestDb, type TestDb, testApi } from '../fixtures/db';
import { details, signature } from '../fixtures/documents';
import { cleanAnswers } from '../fixtures/intake';
import {
  answerDayCheck,
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

let t: TestDb;
let api: ReturnType<typeof testApi>;
beforeEach(() => {
  t = createTestDb();
  api = testApi(t.db);
});
afterEach(() => t.close());

/** 15 on the session date (the test clock is in 2026). */
const MINOR = { dateOfBirth: '2010-06-01' };
const AGREED = cleanAnswers({ guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' });

describe('patients under 18', () => {
  it('needs a guardian on the consent: the minor signing alone is refused next to the signature', async () => {
    const patient = await callOk<{ id: number }>(api, 'patients.create', {
      fields: { lastName: 'Young', dateOfBirth: MINOR.dateOfBirth, sex: 'female' },
    });
    const template = api.services.templates.list('consent')[0];
    const content = api.services.templates.get(template?.id ?? 0).content;
    const refused = await api.call('documents.signConsent', {
      patientId: patient.id,
      templateId: template?.id,
      details: details(),
      acknowledged: content.declarations.map(() => true),
      photoConsent: 'clinical',
      signatures: [signature('patient', 'Young'), signature('practitioner', 'Dr Eleni Markou')],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'signatures.patient': 'errors.guardianSignatureRequired' } },
    });
  });

  it('is treated when the guardian signed the intake and the consent', async () => {
    const { patient } = await readyPatient(api, AGREED, MINOR, 'guardian');
    const { product, lot } = await productWithLot(api);
    const course = await startCourse(api, patient.id);
    const draft = await createSession(api, course.id, sessionFields(product.id, lot.id));
    await answerDayCheck(api, draft.id);
    const check = await callOk<SessionCheck>(api, 'sessions.check', { id: draft.id });
    expect([check.problems, check.blockingFlags]).toEqual([[], []]);
    expect((await signSession(api, draft)).status).toBe('signed');
  });

  it('asks for a guardian-signed consent when the only consent on file was signed without one', async () => {
    const { patient } = await readyPatient(api, AGREED, MINOR, 'guardian');
    // A consent kept from before guardians were required, signed by the patient alone: signed records
    // are locked, so the lock is lifted in this test database only, to write that older state.
    t.db.exec('DROP TRIGGER documents_locked');
    t.db
      .prepare(
        `UPDATE documents SET signatures = replace(signatures, '"role":"guardian"', '"role":"patient"')`,
      )
      .run();
    const { product, lot } = await productWithLot(api);
    const course = await startCourse(api, patient.id);
    const draft = await createSession(api, course.id, sessionFields(product.id, lot.id));
    await answerDayCheck(api, draft.id);
    const check = await callOk<SessionCheck>(api, 'sessions.check', { id: draft.id });
    expect(check.problems.map((p) => p.key)).toEqual(['sessions.problems.noGuardianConsent']);
  });
});
