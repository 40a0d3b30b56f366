import { describe, expect, it } from 'vitest';
import { createIntakeService } from '../../src/main/intake/service';
import { CHANNELS } from '../../src/shared/api/channels';
import { type Channel, contract } from '../../src/shared/api/contract';
import {
  CURRENT_INTAKE_DEFINITION,
  findQuestion,
  INTAKE_DEFINITIONS,
} from '../../src/shared/intake/definitions';
import { answerText } from '../../src/shared/intake/display';
import type { Intake, IntakeSaved, IntakeSummary, IntakeVerification } from '../../src/shared/intake/schema';
import type { IntakeDefinition } from '../../src/shared/intake/types';
import { checkAnswers } from '../../src/shared/intake/validate';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest, testClock } from '../fixtures/db';
import { cleanAnswers, PNG_DATA_URL, signatures } from '../fixtures/intake';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const error = (r: Result<unknown>) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const newPatient = async (overrides = {}) =>
  value<Patient>(await t.api.call('patients.create', { fields: patientFields(overrides) }));
const start = async (patientId: number) => value<Intake>(await t.api.call('intakes.start', { patientId }));
const save = async (intake: Intake, answers = cleanAnswers()) =>
  value<IntakeSaved>(
    await t.api.call('intakes.saveDraft', { id: intake.id, version: intake.version, answers }),
  );
const sign = async (intake: Intake) =>
  t.api.call('intakes.sign', {
    id: intake.id,
    version: intake.version,
    declarationAccepted: true,
    ...signatures(),
  });

/** A patient with one signed intake. */
async function signedIntake(answers = cleanAnswers()) {
  const patient = await newPatient();
  const { intake } = await save(await start(patient.id), answers);
  return { patient, intake: value<Intake>(await sign(intake)) };
}

describe('the API contract', () => {
  it('lists exactly the contract channels for the preload and the bridge', () => {
    expect([...CHANNELS].sort()).toEqual((Object.keys(contract) as Channel[]).sort());
  });
});

describe('drafts', () => {
  it('starts an empty draft on the current questionnaire, and resumes it instead of starting another', async () => {
    const patient = await newPatient({ gpName: null });
    const draft = await start(patient.id);
    expect(draft).toMatchObject({
      status: 'draft',
      definitionVersion: CURRENT_INTAKE_DEFINITION.version,
      answers: {},
      signatures: [],
      contentHash: null,
      prefilledFrom: null,
      context: { sex: 'female', ageYears: 40 },
    });
    expect((await start(patient.id)).id).toBe(draft.id);
    expect(value<IntakeSummary[]>(await t.api.call('intakes.list', { patientId: patient.id }))).toHaveLength(
      1,
    );
  });

  it('takes the GP name from the patient record on a first intake', async () => {
    const patient = await newPatient({ gpName: 'Dr K. Nikolaou' });
    expect((await start(patient.id)).answers).toEqual({ gpName: 'Dr K. Nikolaou' });
  });

  it('saves partial answers and reports what still blocks signing', async () => {
    const patient = await newPatient();
    const saved = await save(await start(patient.id), { pregnant: 'no', anticoagulants: 'yes' });
    expect(saved.intake.answers).toEqual({ pregnant: 'no', anticoagulants: 'yes' });
    expect(saved.intake.version).toBe(2);
    expect(saved.missing).toMatchObject({
      breastfeeding: 'errors.answerRequired',
      anticoagulantDrug: 'errors.answerRequired',
      anticoagulantDose: 'errors.answerRequired',
    });
    expect(saved.missing).not.toHaveProperty('isotretinoinLastDose');
    const resumed = value<Intake>(await t.api.call('intakes.get', { id: saved.intake.id }));
    expect(resumed.answers).toEqual(saved.intake.answers);
  });

  it('drops follow-up answers when their question is answered no, and trims text', async () => {
    const patient = await newPatient();
    const saved = await save(
      await start(patient.id),
      cleanAnswers({ anticoagulants: 'no', anticoagulantDrug: 'Warfarin', concerns: '  Lines  ' }),
    );
    expect(saved.intake.answers).not.toHaveProperty('anticoagulantDrug');
    expect(saved.intake.answers.concerns).toBe('Lines');
    expect(saved.missing).toEqual({});
  });

  it('refuses answers of the wrong type or outside the options, with a message per question', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const result = await t.api.call('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: {
        pregnant: 'maybe',
        fitzpatrick: 'VII',
        previousTreatments: ['filler', 'tattoo'],
        smoking: ['never'],
        noSuchQuestion: 'x',
        isotretinoin: 'yes',
        isotretinoinLastDose: '2026-02-30',
      },
    });
    expect(error(result)).toMatchObject({
      code: 'VALIDATION',
      fields: {
        pregnant: 'errors.choose',
        fitzpatrick: 'errors.choose',
        previousTreatments: 'errors.choose',
        smoking: 'errors.choose',
        noSuchQuestion: 'errors.unknownQuestion',
        isotretinoinLastDose: 'errors.dateImpossible',
      },
    });
    expect(value<Intake>(await t.api.call('intakes.get', { id: draft.id })).answers).toEqual({});
  });

  it('refuses a future date where only a past one makes sense', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const result = await t.api.call('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: { isotretinoin: 'yes', isotretinoinLastDose: '2026-06-01' },
    });
    expect(error(result).fields).toEqual({ isotretinoinLastDose: 'errors.dateNotFuture' });
  });

  it('refuses a stale save instead of overwriting newer answers', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    await save(draft, { pregnant: 'no' });
    const result = await t.api.call('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: {},
    });
    expect(error(result).code).toBe('CONFLICT');
  });

  it('does not ask a man about pregnancy or a minor nothing about a guardian', async () => {
    const man = await newPatient({ firstName: 'Nikos', sex: 'male', dateOfBirth: '1980-01-01' });
    const saved = await save(await start(man.id), cleanAnswers({ pregnant: 'yes', breastfeeding: 'yes' }));
    expect(saved.intake.answers).not.toHaveProperty('pregnant');
    expect(saved.missing).toEqual({});

    const minor = await newPatient({ firstName: 'Ioanna', dateOfBirth: '2010-05-05' });
    const minorSaved = await save(await start(minor.id), cleanAnswers());
    expect(minorSaved.missing).toEqual({ guardianConsent: 'errors.answerRequired' });
  });
});

describe('signing', () => {
  it('locks the intake with its questionnaire, answers, both signatures and a SHA-256', async () => {
    const { intake } = await signedIntake();
    expect(intake).toMatchObject({
      status: 'signed',
      signedAt: '2026-03-01T09:00:00.000Z',
      declaration: CURRENT_INTAKE_DEFINITION.declaration,
      definition: CURRENT_INTAKE_DEFINITION,
      context: { sex: 'female', ageYears: 40 },
      answers: cleanAnswers(),
    });
    expect(intake.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(intake.signatures.map((s) => [s.role, s.signerName, s.method, s.imagePng])).toEqual([
      ['patient', 'Maria Papadopoulou', 'drawn', PNG_DATA_URL],
      ['practitioner', 'Dr A. Demetriou', 'typed', PNG_DATA_URL],
    ]);
    const stored = t.db.prepare('SELECT image_png FROM intake_signatures').pluck().all() as Buffer[];
    expect(stored.map((b) => b.subarray(1, 4).toString())).toEqual(['PNG', 'PNG']);
  });

  it('blocks signing while a required answer is missing, with a message per question, and marks nothing signed', async () => {
    const patient = await newPatient();
    const answers = cleanAnswers({ isotretinoin: 'yes' });
    delete answers.fitzpatrick;
    const { intake } = await save(await start(patient.id), answers);
    const failure = error(await sign(intake));
    expect(failure).toMatchObject({
      code: 'VALIDATION',
      message: 'errors.intakeIncomplete',
      fields: { fitzpatrick: 'errors.answerRequired', isotretinoinLastDose: 'errors.answerRequired' },
    });
    expect(t.db.prepare('SELECT status, content_hash FROM intakes').all()).toEqual([
      { status: 'draft', content_hash: null },
    ]);
    expect(t.db.prepare('SELECT count(*) FROM intake_signatures').pluck().get()).toBe(0);
  });

  it('requires the declaration, a patient signature and a practitioner countersignature', async () => {
    const patient = await newPatient();
    const { intake } = await save(await start(patient.id));
    const { patientSignature, practitionerSignature } = signatures();
    const result = await t.api.call('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: false,
      patientSignature: { ...patientSignature, imagePng: '' },
      practitionerSignature: { ...practitionerSignature, role: 'patient' },
    });
    expect(error(result).fields).toMatchObject({
      declarationAccepted: 'errors.declarationRequired',
      'patientSignature.imagePng': 'errors.signatureRequired',
      practitionerSignature: 'errors.signerRole',
    });
    const notPng = await t.api.call('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      patientSignature,
      practitionerSignature: {
        ...practitionerSignature,
        imagePng: 'data:image/png;base64,R0lGODlhAQABAAAAACw=',
      },
    });
    expect(error(notPng).fields).toEqual({ practitionerSignature: 'errors.signatureImage' });
    expect(t.db.prepare('SELECT count(*) FROM intake_signatures').pluck().get()).toBe(0);
  });

  it('returns LOCKED for every write channel aimed at a signed intake', async () => {
    const { intake } = await signedIntake();
    const writes: [Channel, unknown][] = [
      [
        'intakes.saveDraft',
        { id: intake.id, version: intake.version, answers: cleanAnswers({ pregnant: 'yes' }) },
      ],
      ['intakes.saveDraft', { id: intake.id, version: 1, answers: {} }],
      [
        'intakes.sign',
        { id: intake.id, version: intake.version, declarationAccepted: true, ...signatures() },
      ],
      ['intakes.discard', { id: intake.id, version: intake.version }],
    ];
    for (const [channel, input] of writes) {
      expect(error(await t.api.call(channel, input)), channel).toMatchObject({
        code: 'LOCKED',
        message: channel === 'intakes.discard' ? 'errors.intakeSignedNoDiscard' : 'errors.intakeLocked',
      });
    }
    const intakeWrites = CHANNELS.filter(
      (c) =>
        c.startsWith('intakes.') &&
        !['intakes.list', 'intakes.get', 'intakes.verify', 'intakes.start'].includes(c),
    );
    expect(intakeWrites.sort()).toEqual([...new Set(writes.map(([c]) => c))].sort());
    const after = value<Intake>(await t.api.call('intakes.get', { id: intake.id }));
    expect(after).toEqual(intake);
    expect(value<IntakeVerification>(await t.api.call('intakes.verify', { id: intake.id })).valid).toBe(true);
  });

  it('refuses changes to a signed intake or its signatures even in raw SQL', async () => {
    const { intake } = await signedIntake();
    expect(() => t.db.prepare("UPDATE intakes SET answers_json = '{}' WHERE id = ?").run(intake.id)).toThrow(
      /locked/,
    );
    expect(() => t.db.prepare('DELETE FROM intakes WHERE id = ?').run(intake.id)).toThrow(/locked/);
    expect(() => t.db.prepare("UPDATE intake_signatures SET signer_name = 'X'").run()).toThrow(/locked/);
    expect(() => t.db.prepare('DELETE FROM intake_signatures').run()).toThrow(/locked/);
  });
});

describe('hash', () => {
  it('verifies a signed intake', async () => {
    const { intake } = await signedIntake();
    expect(value<IntakeVerification>(await t.api.call('intakes.verify', { id: intake.id }))).toEqual({
      valid: true,
      status: 'verified',
      storedHash: intake.contentHash,
      computedHash: intake.contentHash,
      imported: null,
    });
  });

  it.each([
    ['an answer', "UPDATE intakes SET answers_json = json_set(answers_json, '$.pregnant', 'yes')"],
    [
      'the question wording',
      "UPDATE intakes SET definition_json = replace(definition_json, 'pregnant?', 'tired?')",
    ],
    ['the signing time', "UPDATE intakes SET signed_at = '2026-03-02T09:00:00.000Z'"],
    [
      'a signature image',
      "UPDATE intake_signatures SET image_png = x'89504E470D0A1A0A00' WHERE role = 'patient'",
    ],
    [
      'a signer name',
      "UPDATE intake_signatures SET signer_name = 'Someone else' WHERE role = 'practitioner'",
    ],
  ])('detects tampering with %s', async (_what, sql) => {
    const { intake } = await signedIntake();
    t.db.exec('DROP TRIGGER intakes_signed_no_update; DROP TRIGGER intake_signatures_no_update;');
    t.db.exec(sql);
    const check = value<IntakeVerification>(await t.api.call('intakes.verify', { id: intake.id }));
    expect(check.valid).toBe(false);
    expect(check.storedHash).toBe(intake.contentHash);
    expect(check.computedHash).not.toBe(intake.contentHash);
  });

  it('refuses to verify a draft', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    expect(error(await t.api.call('intakes.verify', { id: draft.id })).code).toBe('CONFLICT');
  });
});

describe('a new intake after a signed one', () => {
  it('is prefilled from the last signed intake, which stays unchanged', async () => {
    const { patient, intake } = await signedIntake(
      cleanAnswers({ anticoagulants: 'yes', anticoagulantDrug: 'Apixaban', anticoagulantDose: '5 mg' }),
    );
    t.api.clock.advance(86_400_000);
    const next = await start(patient.id);
    expect(next.id).not.toBe(intake.id);
    expect(next.status).toBe('draft');
    expect(next.prefilledFrom).toBe(intake.id);
    expect(next.answers).toEqual(intake.answers);
    const { intake: changed } = await save(next, { ...next.answers, anticoagulantDose: '2.5 mg' });
    value<Intake>(await sign(changed));
    const list = value<IntakeSummary[]>(await t.api.call('intakes.list', { patientId: patient.id }));
    expect(list.map((i) => i.status)).toEqual(['signed', 'signed']);
    expect(value<Intake>(await t.api.call('intakes.get', { id: intake.id })).answers.anticoagulantDose).toBe(
      '5 mg',
    );
  });
});

describe('questionnaire versions', () => {
  const v2: IntakeDefinition = {
    ...CURRENT_INTAKE_DEFINITION,
    version: CURRENT_INTAKE_DEFINITION.version + 1,
    sections: CURRENT_INTAKE_DEFINITION.sections.map((s) =>
      s.id === 'pregnancy'
        ? {
            ...s,
            questions: s.questions.map((q) =>
              q.id === 'pregnant' ? { ...q, text: 'Is there any chance that you are pregnant?' } : q,
            ),
          }
        : s,
    ),
  };

  it('renders an old intake with the questionnaire it was answered on, and new ones with the new one', async () => {
    const { patient, intake } = await signedIntake();
    const clock = testClock('2026-04-01T09:00:00.000Z');
    let n = 0;
    const later = createIntakeService({
      db: t.db,
      now: clock.now,
      newId: () => `v2-${++n}`,
      definitions: [...INTAKE_DEFINITIONS, v2],
    });

    const old = later.get(intake.id);
    expect(old.definitionVersion).toBe(CURRENT_INTAKE_DEFINITION.version);
    expect(old.definition.sections[0]?.questions[0]?.text).toBe(
      'Are you pregnant, or could you be pregnant?',
    );

    const next = later.start(patient.id);
    expect(next.definitionVersion).toBe(v2.version);
    expect(next.definition.sections[0]?.questions[0]?.text).toBe(
      'Is there any chance that you are pregnant?',
    );
    expect(next.answers.pregnant).toBe('no');
  });

  it('resumes a draft on the version it was started with', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const clock = testClock();
    const later = createIntakeService({
      db: t.db,
      now: clock.now,
      newId: () => 'x',
      definitions: [...INTAKE_DEFINITIONS, v2],
    });
    expect(later.get(draft.id).definition).toEqual(CURRENT_INTAKE_DEFINITION);
  });
});

describe('skin type "not assessed" (questionnaire version 2)', () => {
  it('is an answer of the current questionnaire, shown as such, with every id of version 1 kept', async () => {
    const questionIds = (d: IntakeDefinition) => d.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(questionIds(CURRENT_INTAKE_DEFINITION)).toEqual(
      questionIds(INTAKE_DEFINITIONS[0] as IntakeDefinition),
    );
    const patient = await newPatient();
    const saved = await save(await start(patient.id), { ...cleanAnswers(), fitzpatrick: 'not-assessed' });
    expect(saved.missing).toEqual({});
    const question = findQuestion(saved.intake.definition, 'fitzpatrick');
    if (!question) throw new Error('no skin type question');
    expect(answerText(saved.intake.definition, question, saved.intake.answers.fitzpatrick)).toBe(
      'Not assessed',
    );
  });

  it('is refused on an intake still answered on version 1', () => {
    const v1 = INTAKE_DEFINITIONS[0] as IntakeDefinition;
    const context = { sex: 'female', ageYears: 40 } as const;
    const check = checkAnswers(v1, { ...cleanAnswers(), fitzpatrick: 'not-assessed' }, context, 'draft');
    expect(check.fields.fitzpatrick).toBeDefined();
  });
});
