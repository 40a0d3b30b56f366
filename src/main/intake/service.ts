import { intakeTextKey } from '../../shared/clinical-texts/schema';
import { ageInYears } from '../../shared/dates';
import {
  CURRENT_INTAKE_DEFINITION,
  INTAKE_DEFINITIONS,
  intakeDefinitionIn,
} from '../../shared/intake/definitions';
import type {
  Intake,
  IntakeSaved,
  IntakeSignRequest,
  IntakeSummary,
  IntakeVerification,
} from '../../shared/intake/schema';
import type { Answers, IntakeContext, IntakeDefinition } from '../../shared/intake/types';
import { checkAnswers } from '../../shared/intake/validate';
import { isMinorOn } from '../../shared/patients/minor';
import type { Patient } from '../../shared/patients/schema';
import type { Signature } from '../../shared/signature';
import { signatureTime } from '../../shared/signature';
import { createClinicalTextReviews, mustBeReviewed } from '../clinical-texts/reviews';
import { AppError, atVersion, found } from '../errors';
import { createProvenanceRepository } from '../imports/provenance';
import type { ServiceDeps } from '../kernel/service-deps';
import { signedVerification } from '../kernel/signed-verification';
import { createPatientRepository } from '../patients/repository';
import { type HashedIntake, intakeHash } from './hash';
import { createIntakeRepository, type IntakeRow } from './repository';

export interface IntakeDeps extends ServiceDeps {
  /** Every questionnaire version; the last one is used for new intakes. Tests pass their own. */
  definitions?: readonly IntakeDefinition[];
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngBytes(signature: Signature, field: string): Buffer {
  const bytes = Buffer.from(signature.imagePng.slice(signature.imagePng.indexOf(',') + 1), 'base64');
  if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) {
    throw new AppError('VALIDATION', 'errors.validation', { [field]: 'errors.signatureImage' });
  }
  return bytes;
}

export const contextFor = (patient: Patient, at: Date): IntakeContext => ({
  sex: patient.sex,
  ageYears: ageInYears(patient.dateOfBirth, at),
});

const locked = () => new AppError('LOCKED', 'errors.intakeLocked');

/** Intakes: start (prefilled), save a draft, sign and lock, read, verify. Each write one transaction. */
export function createIntakeService({ db, now, newId, definitions = INTAKE_DEFINITIONS }: IntakeDeps) {
  const repo = createIntakeRepository(db);
  const patients = createPatientRepository(db);
  const provenance = createProvenanceRepository(db);
  const reviews = createClinicalTextReviews(db);
  const current = definitions.at(-1) ?? CURRENT_INTAKE_DEFINITION;

  const mustPatient = patients.must;

  const mustRow = (id: number): IntakeRow => found(repo.get(id), 'intake');

  /** A signed intake: the questionnaire exactly as signed. A draft: its version in the patient's language. */
  function definitionOf(row: IntakeRow): IntakeDefinition {
    if (row.definition_json) return JSON.parse(row.definition_json) as IntakeDefinition;
    const found = definitions.find((d) => d.version === row.definition_version);
    if (!found) throw new Error(`Unknown intake definition version ${row.definition_version}`);
    return intakeDefinitionIn(found, mustPatient(row.patient_id).preferredLanguage);
  }

  const reviewOf = (row: IntakeRow, definition: IntakeDefinition) =>
    row.status === 'draft' && definition.language
      ? reviews.pending(intakeTextKey(definition.version), definition.language, definition)
      : null;

  const summary = (row: IntakeRow): IntakeSummary => ({
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    definitionVersion: row.definition_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    discardedAt: row.discarded_at,
    prefilledFrom: row.prefilled_from,
    imported: provenance.get('intake', row.id),
  });

  function toIntake(row: IntakeRow): Intake {
    const definition = definitionOf(row);
    const context = row.context_json
      ? (JSON.parse(row.context_json) as IntakeContext)
      : contextFor(mustPatient(row.patient_id), now());
    return {
      ...summary(row),
      uid: row.uid,
      version: row.version,
      definition,
      context,
      answers: JSON.parse(row.answers_json) as Answers,
      declaration: row.declaration,
      signatures: repo.signatures(row.id).map((s) => s.signature),
      contentHash: row.content_hash,
      review: reviewOf(row, definition),
    };
  }

  function hashed(row: IntakeRow): HashedIntake {
    if (!row.definition_json || !row.context_json || !row.declaration || !row.signed_at) {
      throw new AppError('CONFLICT', 'errors.intakeNotSigned');
    }
    return {
      uid: row.uid,
      patientUid: mustPatient(row.patient_id).uid,
      definition: JSON.parse(row.definition_json) as IntakeDefinition,
      context: JSON.parse(row.context_json) as IntakeContext,
      answers: JSON.parse(row.answers_json) as Answers,
      declaration: row.declaration,
      signedAt: row.signed_at,
      signatures: repo.signatures(row.id),
    };
  }

  const missingFor = (row: IntakeRow, definition: IntakeDefinition, context: IntakeContext) =>
    checkAnswers(definition, JSON.parse(row.answers_json) as Answers, context, 'sign', now()).fields;

  /** Answers carried over from the last signed intake, kept only where the current questionnaire accepts them. */
  function prefill(patient: Patient, context: IntakeContext): { answers: Answers; from: number | null } {
    const last = repo.latestSigned(patient.id);
    if (!last) return { answers: patient.gpName ? { gpName: patient.gpName } : {}, from: null };
    const previous = JSON.parse(last.answers_json) as Answers;
    const known = checkAnswers(current, previous, context, 'draft', now());
    const usable = Object.fromEntries(Object.entries(previous).filter(([id]) => !(id in known.fields)));
    return { answers: checkAnswers(current, usable, context, 'draft', now()).answers, from: last.id };
  }

  const start = db.transaction((patientId: number): Intake => {
    const patient = mustPatient(patientId);
    const open = repo.draftFor(patientId);
    if (open) return toIntake(open);
    const at = now();
    const { answers, from } = prefill(patient, contextFor(patient, at));
    const id = repo.insertDraft({
      uid: newId(),
      patientId,
      definitionVersion: current.version,
      answersJson: JSON.stringify(answers),
      prefilledFrom: from,
      now: at.toISOString(),
    });
    return toIntake(mustRow(id));
  });

  function mustEditable(id: number, version: number): IntakeRow {
    const row = mustRow(id);
    if (row.status !== 'draft') throw locked();
    if (row.discarded_at) throw new AppError('LOCKED', 'errors.intakeDiscarded');
    return atVersion(row, version);
  }

  /** Archives a draft: kept as it was, no longer the patient's open draft. A signed intake is never discarded. */
  const discard = db.transaction((id: number, version: number): IntakeSummary => {
    const row = mustRow(id);
    if (row.status === 'signed') throw new AppError('LOCKED', 'errors.intakeSignedNoDiscard');
    if (row.discarded_at) throw new AppError('CONFLICT', 'errors.intakeAlreadyDiscarded');
    atVersion(row, version);
    repo.markDiscarded(id, now().toISOString());
    return summary(mustRow(id));
  });

  const saveDraft = db.transaction((id: number, version: number, answers: Answers): IntakeSaved => {
    const row = mustEditable(id, version);
    const definition = definitionOf(row);
    const context = contextFor(mustPatient(row.patient_id), now());
    const check = checkAnswers(definition, answers, context, 'draft', now());
    if (Object.keys(check.fields).length) throw new AppError('VALIDATION', 'errors.validation', check.fields);
    repo.saveAnswers(id, JSON.stringify(check.answers), now().toISOString());
    const saved = mustRow(id);
    return { intake: toIntake(saved), missing: missingFor(saved, definition, context) };
  });

  const sign = db.transaction((input: IntakeSignRequest): Intake => {
    const row = mustEditable(input.id, input.version);
    const definition = definitionOf(row);
    mustBeReviewed(reviewOf(row, definition));
    const patient = mustPatient(row.patient_id);
    const context = contextFor(patient, now());
    const missing = missingFor(row, definition, context);
    if (Object.keys(missing).length) throw new AppError('VALIDATION', 'errors.intakeIncomplete', missing);
    // A minor's own "yes, a guardian agrees" is not enough: the guardian signs.
    if (isMinorOn(patient.dateOfBirth, now()) && input.patientSignature.role !== 'guardian') {
      throw new AppError('VALIDATION', 'errors.validation', {
        patientSignature: 'errors.guardianSignatureRequired',
      });
    }
    const patientPng = pngBytes(input.patientSignature, 'patientSignature');
    const practitionerPng = pngBytes(input.practitionerSignature, 'practitionerSignature');
    const signedAt = now().toISOString();
    const timeOf = (signature: typeof input.patientSignature) =>
      signatureTime(signature, row.created_at, signedAt);
    repo.insertSignature(row.id, input.patientSignature, patientPng, timeOf(input.patientSignature));
    repo.insertSignature(
      row.id,
      input.practitionerSignature,
      practitionerPng,
      timeOf(input.practitionerSignature),
    );
    const content = {
      definitionJson: JSON.stringify(definition),
      contextJson: JSON.stringify(context),
      declaration: definition.declaration,
      signedAt,
    };
    const contentHash = intakeHash(
      hashed({
        ...row,
        definition_json: content.definitionJson,
        context_json: content.contextJson,
        declaration: content.declaration,
        signed_at: signedAt,
      }),
    );
    repo.markSigned(row.id, { ...content, contentHash });
    return toIntake(mustRow(row.id));
  });

  return {
    start: (patientId: number) => start(patientId),
    saveDraft: (id: number, version: number, answers: Answers) => saveDraft(id, version, answers),
    sign: (input: IntakeSignRequest) => sign(input),
    discard: (id: number, version: number) => discard(id, version),
    get: (id: number): Intake => toIntake(mustRow(id)),
    list(patientId: number): IntakeSummary[] {
      mustPatient(patientId);
      return repo.listByPatient(patientId).map(summary);
    },
    latestSigned(patientId: number): Intake | null {
      const row = repo.latestSigned(patientId);
      return row ? toIntake(row) : null;
    },
    draftId: (patientId: number): number | null => repo.draftFor(patientId)?.id ?? null,
    verify(id: number): IntakeVerification {
      const row = mustRow(id);
      if (row.status !== 'signed' || !row.content_hash)
        throw new AppError('CONFLICT', 'errors.intakeNotSigned');
      const computedHash = intakeHash(hashed(row));
      return signedVerification(row.content_hash, computedHash, provenance.get('intake', row.id));
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
