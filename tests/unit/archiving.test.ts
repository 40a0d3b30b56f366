import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRecord, DocumentSummary } from '../../src/shared/documents/schema';
import type { TemplateSummary, TemplateVersion } from '../../src/shared/documents/template-schema';
import type { Intake, IntakeSaved, IntakeSummary } from '../../src/shared/intake/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { CLINIC_PROFILE, details, logoDataUrl, signature } from '../fixtures/documents';
import { cleanAnswers, signatures } from '../fixtures/intake';
import { patientFields } from '../fixtures/patients';

const t = apiPerTest();

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await t.api.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
const error = (r: Result<unknown>) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const auditOf = (entity: string) =>
  t.db.prepare('SELECT action, entity_id FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
    action: string;
    entity_id: string;
  }[];

describe('discarding an intake draft', () => {
  const newPatient = () => call<Patient>('patients.create', { fields: patientFields() });
  const start = (patientId: number) => call<Intake>('intakes.start', { patientId });

  it('archives the draft: kept in the database, no longer listed nor open, audited by id', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const { intake } = await call<IntakeSaved>('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: { gpName: 'Dr Kept' },
    });
    const discarded = await call<IntakeSummary>('intakes.discard', {
      id: intake.id,
      version: intake.version,
    });
    expect(discarded).toMatchObject({ id: intake.id, status: 'draft', discardedAt: expect.any(String) });
    expect(await call<IntakeSummary[]>('intakes.list', { patientId: patient.id })).toEqual([]);
    expect(t.api.services.intakes.draftId(patient.id)).toBeNull();
    const row = t.db.prepare('SELECT answers_json, discarded_at FROM intakes WHERE id = ?').get(intake.id);
    expect(row).toEqual({ answers_json: '{"gpName":"Dr Kept"}', discarded_at: expect.any(String) });
    expect(auditOf('intake').at(-1)).toEqual({ action: 'archive', entity_id: String(intake.id) });

    const next = await start(patient.id);
    expect(next.id).not.toBe(intake.id);
  });

  it('refuses to change, save or discard again a discarded draft, even in raw SQL', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const discarded = await call<IntakeSummary>('intakes.discard', { id: draft.id, version: draft.version });
    const current = await call<Intake>('intakes.get', { id: discarded.id });
    expect(
      error(await t.api.call('intakes.saveDraft', { id: draft.id, version: current.version, answers: {} })),
    ).toMatchObject({ code: 'LOCKED', message: 'errors.intakeDiscarded' });
    expect(
      error(await t.api.call('intakes.discard', { id: draft.id, version: current.version })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'errors.intakeAlreadyDiscarded',
    });
    expect(() => t.db.prepare("UPDATE intakes SET answers_json = '{}' WHERE id = ?").run(draft.id)).toThrow(
      /LOCKED/,
    );
  });

  it('refuses a stale discard and never discards a signed intake', async () => {
    const patient = await newPatient();
    const draft = await start(patient.id);
    const { intake } = await call<IntakeSaved>('intakes.saveDraft', {
      id: draft.id,
      version: draft.version,
      answers: cleanAnswers(),
    });
    expect(
      error(await t.api.call('intakes.discard', { id: draft.id, version: draft.version })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    const signed = await call<Intake>('intakes.sign', {
      id: intake.id,
      version: intake.version,
      declarationAccepted: true,
      ...signatures(),
    });
    expect(
      error(await t.api.call('intakes.discard', { id: signed.id, version: signed.version })),
    ).toMatchObject({
      code: 'LOCKED',
      message: 'errors.intakeSignedNoDiscard',
    });
    expect(() => t.db.prepare("UPDATE intakes SET discarded_at = 'x' WHERE id = ?").run(signed.id)).toThrow(
      /LOCKED/,
    );
    expect(await call<IntakeSummary[]>('intakes.list', { patientId: patient.id })).toHaveLength(1);
  });
});

describe('archiving a custom template', () => {
  let patientId: number;
  beforeEach(() => {
    t.api.services.settings.update(CLINIC_PROFILE);
    t.api.services.logos.set(logoDataUrl());
    patientId = t.api.services.patients.create(patientFields() as never).id;
  });

  const consents = (includeArchived?: boolean) =>
    call<TemplateSummary[]>('templates.list', { kind: 'consent', language: 'en', includeArchived });
  async function customConsent(): Promise<TemplateVersion> {
    const [builtin] = await consents();
    if (!builtin) throw new Error('no built-in consent');
    return call<TemplateVersion>('templates.copy', { key: builtin.key });
  }
  const signWith = (template: TemplateVersion) =>
    t.api.call('documents.signConsent', {
      patientId,
      templateId: template.id,
      details: details(),
      acknowledged: template.content.declarations.map(() => true),
      photoConsent: 'education',
      signatures: [signature('patient', 'Anna Patient'), signature('practitioner', 'Dr Eleni Markou')],
    }) as Promise<Result<DocumentSummary>>;

  it('is no longer offered for new documents, while documents signed from it stay readable', async () => {
    const custom = await customConsent();
    const signedBefore = await signWith(custom);
    if (!signedBefore.ok) throw new Error(JSON.stringify(signedBefore.error));

    const archived = await call<TemplateSummary>('templates.archive', { key: custom.key });
    expect(archived).toMatchObject({ key: custom.key, archivedAt: expect.any(String) });
    expect((await consents()).map((x) => x.key)).not.toContain(custom.key);
    expect((await consents(true)).find((x) => x.key === custom.key)).toMatchObject({
      archivedAt: expect.any(String),
    });
    expect(error(await signWith(custom))).toMatchObject({
      code: 'VALIDATION',
      fields: { templateId: 'errors.templateArchived' },
    });
    const kept = await call<DocumentRecord>('documents.get', { id: signedBefore.value.id });
    expect(kept).toMatchObject({ intact: true, title: custom.content.title });
    expect(await call<TemplateVersion>('templates.get', { id: custom.id })).toMatchObject({
      content: custom.content,
    });
    expect(auditOf('template').at(-1)).toEqual({ action: 'archive', entity_id: custom.key });

    const restored = await call<TemplateSummary>('templates.unarchive', { key: custom.key });
    expect(restored.archivedAt).toBeNull();
    expect((await consents()).map((x) => x.key)).toContain(custom.key);
    expect((await signWith(custom)).ok).toBe(true);
    expect(auditOf('template').at(-1)).toEqual({ action: 'restore', entity_id: custom.key });
  });

  it('refuses to archive or un-archive a built-in template, and an unknown key', async () => {
    const [builtin] = await consents();
    if (!builtin) throw new Error('no built-in consent');
    expect(error(await t.api.call('templates.archive', { key: builtin.key }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'errors.builtinTemplateArchive',
    });
    expect(error(await t.api.call('templates.unarchive', { key: builtin.key }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(error(await t.api.call('templates.archive', { key: 'custom.unknown' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(t.db.prepare('SELECT count(*) FROM archived_templates').pluck().get()).toBe(0);
    expect((await consents()).map((x) => x.key)).toContain(builtin.key);
  });
});
