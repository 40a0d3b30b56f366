import type { Answers, IntakeDefinition } from '../intake/types';
import type { MatchHow } from './mentions';

export type Severity = 'ABSOLUTE' | 'RELATIVE' | 'INFO';
export const SEVERITIES: readonly Severity[] = ['ABSOLUTE', 'RELATIVE', 'INFO'];

/** Where a planned substance enters or touches the skin. */
export const PLAN_ROLES = ['ingredient', 'diluent', 'anaesthetic', 'antiseptic'] as const;
export type PlanRole = (typeof PLAN_ROLES)[number];

/**
 * What a session plan adds to screening: the areas (region ids such as "face", or "face.cheeks") and
 * every substance that enters or touches the skin, as written on labels or in the session: the
 * products' ingredients, the diluents, the topical anaesthetic and the skin antiseptic.
 */
export interface PlannedTreatment {
  areas: string[];
  ingredients: string[];
  diluents?: string[];
  anaesthetics?: string[];
  antiseptics?: string[];
}

export interface ScreeningInput {
  /**
   * The latest signed intake, or null when there is none; answeredOn is the day it was signed;
   * guardianSigned: a parent or guardian signed it (for a minor, their own "yes" is not enough).
   */
  intake: {
    definition: IntakeDefinition;
    answers: Answers;
    answeredOn?: string;
    guardianSigned?: boolean;
  } | null;
  /** Age on the session date. */
  ageYears: number;
  planned?: PlannedTreatment;
  /** The session date (ISO date): date windows are read against it. Without it, no window closes. */
  sessionDate?: string;
  /** The day-of-treatment check: its answers replace the intake's for the same questions. */
  dayCheck?: { definition: IntakeDefinition; answers: Answers; answeredOn: string } | null;
}

export interface FlagSource {
  questionId: string;
  question: string;
  answer: string;
  /** Which questionnaire the answer comes from. */
  origin: 'intake' | 'dayCheck';
}

/** The words that raised a flag, what they were read as, and where they were written. */
export interface SubstanceMatch {
  words: string;
  substance: string;
  how: MatchHow | 'class' | 'contains' | 'text';
  /** A question of the intake or day check, or the part of the plan. */
  where: { kind: 'answer'; question: string } | { kind: 'plan'; role: PlanRole; text: string };
}

export interface Flag {
  /** Stable within one intake: rule id, plus the substance for substance flags. */
  key: string;
  ruleId: string;
  severity: Severity;
  /** i18n key of the reason, with its parameters. */
  reason: string;
  params: Record<string, string | number>;
  sources: FlagSource[];
  matches: SubstanceMatch[];
}
