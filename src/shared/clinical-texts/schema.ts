import { z } from 'zod';
import { type Language, languageSchema } from '../language/languages';

/**
 * A built-in clinical text (the intake questionnaire, a consent or aftercare template) shipped in a
 * language other than English, not yet approved by the practitioner: it is marked "review before first
 * use" and cannot be signed until approved. The SHA-256 names the exact wording reviewed.
 */
export interface ClinicalTextReview {
  textKey: string;
  language: Language;
  sha256: string;
}

export interface ClinicalTextApproval extends ClinicalTextReview {
  approvedBy: string;
  approvedAt: string;
}

export const clinicalTextApproveSchema = z.strictObject({
  /** 'intake.v1' for a questionnaire version, or a built-in template key. */
  textKey: z
    .string()
    .max(80, { error: 'errors.id' })
    .regex(/^(intake\.v\d{1,4}|builtin\.[a-z0-9-]{1,64})$/, { error: 'errors.id' }),
  language: languageSchema,
  sha256: z
    .string()
    .max(64, { error: 'errors.id' })
    .regex(/^[0-9a-f]{64}$/, { error: 'errors.id' }),
});
export type ClinicalTextApprove = z.output<typeof clinicalTextApproveSchema>;

export const intakeTextKey = (version: number) => `intake.v${version}`;
