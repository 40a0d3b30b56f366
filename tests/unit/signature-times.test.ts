import { expect, it } from 'vitest';
import type { Intake, IntakeSaved } from '../../src/shared/intake/schema';
import { apiPerTest } from '../fixtures/db';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { callOk } from '../fixtures/treatments';

const t = apiPerTest();

async function draftIntake() {
  const patient = await callOk<{ id: number }>(t.api, 'patients.create', {
    fields: { lastName: 'Papadopoulou', dateOfBirth: '1985-03-12', sex: 'female' },
  });
  const draft = await callOk<Intake>(t.api, 'intakes.start', { patientId: patient.id });
  const { intake } = await callOk<IntakeSaved>(t.api, 'intakes.saveDraft', {
    id: draft.id,
    version: draft.version,
    answers: cleanAnswers(),
  });
  return intake;
}

it('keeps the patient’s and the practitioner’s own signing times', async () => {
  const intake = await draftIntake();
  t.api.clock.advance(10 * 60_000);
  const { patientSignature, practitionerSignature } = signatures();
  const signed = await callOk<Intake>(t.api, 'intakes.sign', {
    id: intake.id,
    version: intake.version,
    declarationAccepted: true,
    patientSignature: { ...patientSignature, signedAt: '2026-03-01T09:03:00.000Z' },
    practitionerSignature: { ...practitionerSignature, signedAt: '2026-03-01T09:08:00.000Z' },
  });
  expect(signed.signatures.map((s) => [s.role, s.signedAt])).toEqual([
    ['patient', '2026-03-01T09:03:00.000Z'],
    ['practitioner', '2026-03-01T09:08:00.000Z'],
  ]);
  expect(t.api.services.intakes.verify(signed.id).valid).toBe(true);
});

it('uses the time of signing for a time in the future or before the intake existed', async () => {
  const intake = await draftIntake();
  const { patientSignature, practitionerSignature } = signatures();
  const signed = await callOk<Intake>(t.api, 'intakes.sign', {
    id: intake.id,
    version: intake.version,
    declarationAccepted: true,
    patientSignature: { ...patientSignature, signedAt: '2030-01-01T00:00:00.000Z' },
    practitionerSignature: { ...practitionerSignature, signedAt: '2020-01-01T00:00:00.000Z' },
  });
  const now = t.api.clock.now().toISOString();
  expect(signed.signatures.map((s) => s.signedAt)).toEqual([now, now]);
});
