import { describe, expect, it } from 'vitest';
import type { SessionCheck } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
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

const t = apiPerTest();

/** 15 on the session date (the test clock is in 2026). */
const MINOR = { dateOfBirth: '2010-06-01' };
const AGREED = cleanAnswers({ guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' });

describe('patients under 18', () => {
  it('needs a guardian on the consent: the minor signing alone is refused next to the signature', async () => {
    const patient = await callOk<{ id: number }>(t.api, 'patients.create', {
      fields: { lastName: 'Young', dateOfBirth: MINOR.dateOfBirth, sex: 'female' },
    });
    const template = t.api.services.templates.list('consent')[0];
    const content = t.api.services.templates.get(template?.id ?? 0).content;
    const refused = await t.api.call('documents.signConsent', {
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
    const { patient } = await readyPatient(t.api, AGREED, MINOR, 'guardian');
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await answerDayCheck(t.api, draft.id);
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect([check.problems, check.blockingFlags]).toEqual([[], []]);
    expect((await signSession(t.api, draft)).status).toBe('signed');
  });

  it('asks for a guardian-signed consent when the only consent on file was signed without one', async () => {
    const { patient } = await readyPatient(t.api, AGREED, MINOR, 'guardian');
    // A consent kept from before guardians were required, signed by the patient alone: signed records
    // are locked, so the lock is lifted in this test database only, to write that older state.
    t.db.exec('DROP TRIGGER documents_locked');
    t.db
      .prepare(
        `UPDATE documents SET signatures = replace(signatures, '"role":"guardian"', '"role":"patient"')`,
      )
      .run();
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    await answerDayCheck(t.api, draft.id);
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems.map((p) => p.key)).toEqual(['sessions.problems.noGuardianConsent']);
  });
});
