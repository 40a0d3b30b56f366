import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type ClinicalTextReview, intakeTextKey } from '../../src/shared/clinical-texts/schema';
import { documentWords } from '../../src/shared/documents/document-words';
import type { DocumentSummary } from '../../src/shared/documents/schema';
import type { TemplateSummary } from '../../src/shared/documents/template-schema';
import { CURRENT_INTAKE_DEFINITION } from '../../src/shared/intake/definitions';
import type { Intake, IntakeSaved } from '../../src/shared/intake/schema';
import { LANGUAGES, type Language } from '../../src/shared/language/languages';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { CLINIC_PROFILE, details, signature } from '../fixtures/documents';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

beforeEach(() => {
  t.api.services.settings.update({ ...CLINIC_PROFILE, interfaceLanguage: 'fr' });
});

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await t.api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const patientIn = (preferredLanguage: Language, lastName = 'Rossi') =>
  call<Patient>('patients.create', {
    fields: patientFields({ firstName: 'Giulia', lastName, preferredLanguage }),
  });

function pdfText(base64: string): string {
  const file = path.join(t.dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function signConsent(patientId: number, template: TemplateSummary): Promise<Result<DocumentSummary>> {
  const content = t.api.services.templates.get(template.id).content;
  return t.api.call('documents.signConsent', {
    patientId,
    templateId: template.id,
    details: { ...details(), areas: ['Cheeks', 'Forehead'] },
    acknowledged: content.declarations.map(() => true),
    photoConsent: 'clinical',
    signatures: [signature('patient', 'Giulia Rossi'), signature('practitioner', 'Dr Eleni Markou')],
  }) as Promise<Result<DocumentSummary>>;
}

const approve = (review: ClinicalTextReview | null) => call('clinicalTexts.approve', review);

describe('consent forms in the patient’s language', () => {
  it('an Italian patient signs an Italian consent, printed in Italian, unchanged when the interface language changes', async () => {
    const patient = await patientIn('it');
    const template = t.api.services.templates.list('consent', 'it').find((x) => x.areaGroup === 'face');
    if (!template) throw new Error('no Italian consent');
    expect(template.key).toBe('builtin.consent-face-it');
    expect(template.review).toMatchObject({ textKey: 'builtin.consent-face-it', language: 'it' });

    const refused = await signConsent(patient.id, template);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.reviewBeforeUse' },
    });
    const approval = await call<{ approvedBy: string }>('clinicalTexts.approve', template.review);
    expect(approval.approvedBy).toBe(CLINIC_PROFILE.practitionerName);
    expect(t.api.services.templates.get(template.id).review).toBeNull();

    const signed = await signConsent(patient.id, template);
    if (!signed.ok) throw new Error(JSON.stringify(signed.error));
    const first = await call<{ base64: string }>('documents.pdf', { id: signed.value.id });
    const text = pdfText(first.base64);
    for (const italian of [
      'Consenso alla mesoterapia di ringiovanimento',
      'Effetti collaterali comuni',
      'Il suo diritto di ritirarsi',
      'Le sue dichiarazioni',
      'Consenso alle fotografie',
      'Le mie fotografie possono essere conservate solo nella mia cartella clinica.',
      'Firme',
      'Guance',
      'Pagina 1 di',
      'Data di nascita',
    ]) {
      expect(text, italian).toContain(italian);
    }
    for (const english of ['Signatures', 'Page 1 of', 'Common side effects', 'Cheeks', 'Date of birth']) {
      expect(text, english).not.toContain(english);
    }

    await call('settings.update', { patch: { interfaceLanguage: 'de' } });
    const reprint = await call<{ base64: string }>('documents.pdf', { id: signed.value.id });
    expect(reprint.base64).toBe(first.base64);
    const record = await call<{ snapshot: { language: string } }>('documents.get', { id: signed.value.id });
    expect(record.snapshot.language).toBe('it');
  });

  it('records each approval in the audit trail, once per wording, and refuses to approve anything else', async () => {
    const [template] = t.api.services.templates.list('aftercare', 'de');
    if (!template?.review) throw new Error('no German aftercare waiting for review');
    const wrong = await t.api.call('clinicalTexts.approve', { ...template.review, sha256: 'b'.repeat(64) });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.nothingToReview' },
    });
    await approve(template.review);
    expect(await t.api.call('clinicalTexts.approve', template.review)).toMatchObject({
      ok: false,
      error: { message: 'errors.nothingToReview' },
    });
    const entries = t.db
      .prepare("SELECT action, entity, entity_id FROM audit_log WHERE action = 'approve'")
      .all();
    expect(entries).toEqual([
      { action: 'approve', entity: 'clinical-text', entity_id: `${template.key}:de` },
    ]);
  });

  it('English texts and a clinic’s own edits need no review', () => {
    expect(t.api.services.templates.list(undefined, 'en').every((tpl) => tpl.review === null)).toBe(true);
    const [french] = t.api.services.templates.list('consent', 'fr');
    if (!french) throw new Error('no French consent');
    const content = t.api.services.templates.get(french.id).content;
    const edited = t.api.services.templates.update(french.key, french.version, {
      ...content,
      title: 'Mon texte',
    });
    expect(edited.review).toBeNull();
    expect(edited.language).toBe('fr');
  });

  it('every language prints its own fixed words on the longest consent', async () => {
    for (const language of LANGUAGES) {
      const patient = await patientIn(language, `Patient ${language}`);
      const template = t.api.services.templates.list('consent', language).find((x) => x.areaGroup === 'body');
      if (!template) throw new Error(`no body consent in ${language}`);
      if (template.review) await approve(template.review);
      const signed = await signConsent(patient.id, template);
      if (!signed.ok) throw new Error(JSON.stringify(signed.error));
      const text = pdfText((await call<{ base64: string }>('documents.pdf', { id: signed.value.id })).base64);
      const words = documentWords(language);
      expect(text, language).toContain(words.signaturesHeading);
      expect(text, language).toContain(words.page(1, 2).replace(/2$/, ''));
      expect(text, language).toContain(words.photoLabels.clinical.slice(0, 30));
    }
  });
});

describe('the intake questionnaire in the patient’s language', () => {
  const start = (patientId: number) => call<Intake>('intakes.start', { patientId });
  const save = (intake: Intake, answers = cleanAnswers()) =>
    call<IntakeSaved>('intakes.saveDraft', { id: intake.id, version: intake.version, answers });
  const sign = (intake: Intake) =>
    t.api.call('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      ...signatures(),
    });

  it('is asked in Italian, signed once approved, stored in Italian, and screens exactly as in English', async () => {
    const italian = await patientIn('it');
    const draft = await start(italian.id);
    expect(draft.definition.language).toBe('it');
    expect(draft.definition.title).toBe('Questionario di anamnesi e screening');
    expect(draft.review).toMatchObject({
      textKey: intakeTextKey(CURRENT_INTAKE_DEFINITION.version),
      language: 'it',
    });

    const answers = cleanAnswers({
      anticoagulants: 'yes',
      anticoagulantDrug: 'Warfarin',
      anticoagulantDose: '5 mg',
    });
    const { intake } = await save(draft, answers);
    expect(await sign(intake)).toMatchObject({ ok: false, error: { message: 'errors.reviewBeforeUse' } });
    await approve(intake.review);
    const reviewed = await call<Intake>('intakes.get', { id: intake.id });
    expect(reviewed.review).toBeNull();
    const signed = await sign(reviewed);
    if (!signed.ok) throw new Error(JSON.stringify(signed.error));
    const stored = signed.value as Intake;
    expect(stored.definition.language).toBe('it');
    expect(stored.declaration).toContain('Ho risposto a queste domande');

    // The interface language and the patient's later language change nothing in what was signed.
    await call('patients.update', {
      id: italian.id,
      version: italian.version,
      fields: patientFields({ firstName: 'Giulia', lastName: 'Rossi', preferredLanguage: 'fr' }),
    });
    expect((await call<Intake>('intakes.get', { id: stored.id })).definition.title).toBe(
      'Questionario di anamnesi e screening',
    );

    const english = await patientIn('en', 'Smith');
    const englishIntake = (await save(await start(english.id), answers)).intake;
    expect(englishIntake.review).toBeNull();
    expect(englishIntake.definition.language).toBeUndefined();
    await sign(englishIntake);
    const flags = async (patientId: number) =>
      (
        await call<{ flags: { ruleId: string; severity: string }[] }>('screening.forPatient', { patientId })
      ).flags.map((f) => [f.ruleId, f.severity]);
    const italianFlags = await flags(italian.id);
    expect(italianFlags.length).toBeGreaterThan(0);
    expect(italianFlags).toEqual(await flags(english.id));
  });
});
