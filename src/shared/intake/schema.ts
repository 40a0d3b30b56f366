import { z } from 'zod';
import type { ClinicalTextReview } from '../clinical-texts/schema';
import type { ImportedFrom, SignedStatus } from '../imports/provenance';
import { id } from '../kernel/zod';
import { type StoredSignature, signatureSchema } from '../signature';
import type { Answers, IntakeContext, IntakeDefinition } from './types';

export const MAX_ANSWERS = 300;

/** The shape of an answer set; the questionnaire definition checks the rest in main. */
export const answersSchema = z
  .record(
    z
      .string()
      .max(64, { error: 'errors.unknownQuestion' })
      .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, { error: 'errors.unknownQuestion' }),
    z.union([
      z.string({ error: 'errors.text' }).max(5000, { error: 'errors.tooLong' }),
      z.array(z.string().max(100, { error: 'errors.tooLong' })).max(50, { error: 'errors.tooLong' }),
    ]),
  )
  .refine((a) => Object.keys(a).length <= MAX_ANSWERS, { error: 'errors.tooLong' });

export const intakeSaveSchema = z.strictObject({
  id,
  /** The version the user edited: a stale save is refused instead of overwriting newer answers. */
  version: z.number().int().positive(),
  answers: answersSchema,
});

export const intakeSignSchema = z.strictObject({
  id,
  version: z.number().int().positive(),
  declarationAccepted: z.literal(true, { error: 'errors.declarationRequired' }),
  patientSignature: signatureSchema.refine((s) => s.role === 'patient' || s.role === 'guardian', {
    error: 'errors.signerRole',
  }),
  practitionerSignature: signatureSchema.refine((s) => s.role === 'practitioner', {
    error: 'errors.signerRole',
  }),
});
export type IntakeSignInput = z.input<typeof intakeSignSchema>;
export type IntakeSignRequest = z.output<typeof intakeSignSchema>;

/** Discarding archives a draft (it is kept, no longer open); the version guards against a stale screen. */
export const intakeDiscardSchema = z.strictObject({ id, version: z.number().int().positive() });

export const intakeCompareSchema = z.strictObject({ fromId: id, toId: id });

export type IntakeStatus = 'draft' | 'signed';

export interface IntakeSummary {
  id: number;
  patientId: number;
  status: IntakeStatus;
  definitionVersion: number;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  /** Set when the draft was discarded: it is archived, kept as it was and no longer the open draft. */
  discardedAt: string | null;
  /** The signed intake this one was prefilled from. */
  prefilledFrom: number | null;
  /** Set when the intake came in by FHIR re-import: it was not signed in this clinic. */
  imported: ImportedFrom | null;
}

export interface Intake extends IntakeSummary {
  uid: string;
  version: number;
  /** The exact questionnaire the answers belong to (the stored copy once signed). */
  definition: IntakeDefinition;
  /** Sex and age the questions were shown for: as of signing, or as of now for a draft. */
  context: IntakeContext;
  answers: Answers;
  declaration: string | null;
  signatures: StoredSignature[];
  contentHash: string | null;
  /** A draft in a shipped translation the practitioner has not approved yet: it cannot be signed. */
  review: ClinicalTextReview | null;
}

export interface IntakeSaved {
  intake: Intake;
  /** What still blocks signing: question id -> message key. Empty when the intake is complete. */
  missing: Record<string, string>;
}

export interface IntakeVerification {
  /** Signed in this clinic and unchanged since. Never true for an imported intake. */
  valid: boolean;
  status: SignedStatus;
  storedHash: string;
  computedHash: string;
  /** For an imported intake: where from, and whether its content still hashes to the claimed hash. */
  imported: (ImportedFrom & { originalHashMatches: boolean }) | null;
}
