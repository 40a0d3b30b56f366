import { describe, expect, it } from 'vitest';
import type { Intake, IntakeSaved } from '../../src/shared/intake/schema';
import type { Answers } from '../../src/shared/intake/types';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import type { FlagDecision, ScreeningResult } from '../../src/shared/screening/schema';
import { apiPerTest } from '../fixtures/db';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const DAY = 86_400_000;

async function patientWithIntake(
  answers: Answers | null,
  overrides = {},
  signer: 'patient' | 'guardian' = 'patient',
) {
  const patient = value<Patient>(await t.api.call('patients.create', { fields: patientFields(overrides) }));
  if (!answers) return { patient, intake: null };
  const draft = value<Intake>(await t.api.call('intakes.start', { patientId: patient.id }));
  const { intake } = value<IntakeSaved>(
    await t.api.call('intakes.saveDraft', { id: draft.id, version: draft.version, answers }),
  );
  const signed = value<Intake>(
    await t.api.call('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      ...signatures(signer),
    }),
  );
  return { patient, intake: signed };
}
const screening = async (patientId: number, planned?: { areas: string[]; ingredients: string[] }) =>
  value<ScreeningResult>(await t.api.call('screening.forPatient', { patientId, planned }));

describe('intake standing', () => {
  it('is none without a signed intake, and shows an open draft', async () => {
    const { patient } = await patientWithIntake(null);
    expect(await screening(patient.id)).toEqual({ standing: { kind: 'none' }, draftId: null, flags: [] });
    const draft = value<Intake>(await t.api.call('intakes.start', { patientId: patient.id }));
    expect((await screening(patient.id)).draftId).toBe(draft.id);
  });

  it('is current until the configured number of months has passed, then expired', async () => {
    const { patient, intake } = await patientWithIntake(cleanAnswers());
    expect((await screening(patient.id)).standing).toEqual({
      kind: 'current',
      intakeId: intake?.id,
      signedAt: '2026-03-01T09:00:00.000Z',
      validUntil: '2026-09-01T09:00:00.000Z',
    });
    t.api.clock.advance(190 * DAY);
    expect((await screening(patient.id)).standing.kind).toBe('expired');
    await t.api.call('settings.update', { patch: { intakeValidityMonths: 12 } });
    expect((await screening(patient.id)).standing.kind).toBe('current');
  });
});

describe('flags and decisions', () => {
  it('screens the latest signed intake with the patient age and the planned ingredients', async () => {
    const { patient } = await patientWithIntake(
      cleanAnswers({ allergies: 'yes', allergyDetails: 'Lidocaïne: swelling', keloid: 'yes' }),
    );
    const result = await screening(patient.id, { areas: ['face'], ingredients: ['LIDOCAINE HCl'] });
    expect(result.flags.map((f) => [f.severity, f.ruleId, f.decision])).toEqual([
      ['ABSOLUTE', 'ingredientAllergy', null],
      ['RELATIVE', 'keloid', null],
      ['INFO', 'allergiesDeclared', null],
    ]);
  });

  it('records a decision on a RELATIVE flag with its reason and time', async () => {
    const { patient, intake } = await patientWithIntake(cleanAnswers({ keloid: 'yes' }));
    t.api.clock.advance(60_000);
    const decision = value<FlagDecision>(
      await t.api.call('screening.decide', {
        patientId: patient.id,
        intakeId: intake?.id ?? 0,
        flagKey: 'keloid',
        decision: 'treat',
        reason: 'Small test area first',
      }),
    );
    expect(decision).toMatchObject({
      severity: 'RELATIVE',
      decision: 'treat',
      decidedAt: '2026-03-01T09:01:00.000Z',
    });
    expect((await screening(patient.id)).flags[0]?.decision).toEqual(decision);
  });

  it('needs a written reason to treat despite an ABSOLUTE flag', async () => {
    const { patient, intake } = await patientWithIntake(
      cleanAnswers({ bleedingDisorder: 'yes', bleedingDisorderDetails: 'Mild' }),
    );
    const decide = (reason: string) =>
      t.api.call('screening.decide', {
        patientId: patient.id,
        intakeId: intake?.id ?? 0,
        flagKey: 'bleedingDisorder',
        decision: 'treat',
        reason,
      });
    expect(await decide('   ')).toMatchObject({
      ok: false,
      error: { fields: { reason: 'errors.reasonRequired' } },
    });
    expect(await decide('ok')).toMatchObject({
      ok: false,
      error: { fields: { reason: 'errors.absoluteReason' } },
    });
    const ok = value<FlagDecision>(
      await decide('Haematologist letter of 2026-02-20 confirms normal clotting.'),
    );
    expect(ok.severity).toBe('ABSOLUTE');
    expect(t.db.prepare('SELECT count(*) FROM flag_decisions').pluck().get()).toBe(1);
  });

  it('refuses decisions on INFO flags, unknown flags and superseded intakes', async () => {
    const { patient, intake } = await patientWithIntake(cleanAnswers({ smoking: 'current', keloid: 'yes' }));
    const decide = (flagKey: string, intakeId = intake?.id ?? 0) =>
      t.api.call('screening.decide', {
        patientId: patient.id,
        intakeId,
        flagKey,
        decision: 'treat',
        reason: 'Reason',
      });
    expect(await decide('smoker')).toMatchObject({
      ok: false,
      error: { fields: { flagKey: 'errors.infoNoDecision' } },
    });
    expect(await decide('pregnant')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await decide('keloid', 999)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('flags a minor with no guardian agreement', async () => {
    const { patient } = await patientWithIntake(
      cleanAnswers({ guardianConsent: 'no' }),
      { dateOfBirth: '2010-06-01' },
      'guardian',
    );
    expect((await screening(patient.id)).flags.map((f) => [f.ruleId, f.params.age])).toEqual([
      ['minorWithoutGuardian', 15],
    ]);
  });

  it('accepts a guardian’s agreement only from an intake the guardian signed', async () => {
    const agreed = cleanAnswers({ guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' });
    const { patient } = await patientWithIntake(agreed, { dateOfBirth: '2010-06-01' }, 'guardian');
    expect((await screening(patient.id)).flags.map((f) => f.ruleId)).toEqual(['minorWithGuardian']);
  });

  it('refuses a minor’s intake signed by the minor alone', async () => {
    const minor = value<Patient>(
      await t.api.call('patients.create', { fields: patientFields({ dateOfBirth: '2010-06-01' }) }),
    );
    const draft = value<Intake>(await t.api.call('intakes.start', { patientId: minor.id }));
    const { intake } = value<IntakeSaved>(
      await t.api.call('intakes.saveDraft', {
        id: draft.id,
        version: draft.version,
        answers: cleanAnswers({ guardianConsent: 'yes', guardianName: 'Eleni Papadopoulou' }),
      }),
    );
    const refused = await t.api.call('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      ...signatures('patient'),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { patientSignature: 'errors.guardianSignatureRequired' } },
    });
    expect(t.api.services.intakes.get(intake.id).status).toBe('draft');
  });
});
