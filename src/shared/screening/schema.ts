import { z } from 'zod';
import { id } from '../kernel/zod';
import type { Flag, Severity } from './types';

const substances = z.array(z.string().trim().min(1).max(200)).max(200).default([]);

export const plannedTreatmentSchema = z.strictObject({
  areas: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  ingredients: substances,
  diluents: substances,
  anaesthetics: substances,
  antiseptics: substances,
  /** The session screened: its date and day-of-treatment check are read from it in main. */
  sessionId: id.optional(),
});

export const screeningForPatientSchema = z.strictObject({
  patientId: id,
  planned: plannedTreatmentSchema.optional(),
});

export const DECISIONS = ['treat', 'doNotTreat'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A written reason for treating despite an ABSOLUTE flag must say more than a word or two. */
export const MIN_ABSOLUTE_REASON = 20;

export const flagDecisionSchema = z.strictObject({
  patientId: id,
  intakeId: id,
  flagKey: z.string().min(1).max(300),
  /** The plan the flag was raised for, when it came from planned areas or ingredients. */
  planned: plannedTreatmentSchema.optional(),
  decision: z.enum(DECISIONS, { error: 'errors.choose' }),
  reason: z
    .string({ error: 'errors.reasonRequired' })
    .trim()
    .min(1, { error: 'errors.reasonRequired' })
    .max(4000, { error: 'errors.tooLong' }),
});
export type FlagDecisionInput = z.input<typeof flagDecisionSchema>;
export type FlagDecisionRequest = z.output<typeof flagDecisionSchema>;

export interface FlagDecision {
  id: number;
  intakeId: number;
  flagKey: string;
  severity: Severity;
  decision: Decision;
  reason: string;
  decidedAt: string;
}

export interface ScreenedFlag extends Flag {
  /** The latest recorded decision on this flag for this intake, if any. */
  decision: FlagDecision | null;
}

export type IntakeStanding =
  | { kind: 'none' }
  | { kind: 'current'; intakeId: number; signedAt: string; validUntil: string }
  | { kind: 'expired'; intakeId: number; signedAt: string; validUntil: string };

export interface ScreeningResult {
  standing: IntakeStanding;
  /** An unsigned intake waiting to be completed. */
  draftId: number | null;
  flags: ScreenedFlag[];
}
