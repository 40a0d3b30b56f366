import type { Answers, IntakeDefinition } from '../intake/types';

export type Severity = 'ABSOLUTE' | 'RELATIVE' | 'INFO';
export const SEVERITIES: readonly Severity[] = ['ABSOLUTE', 'RELATIVE', 'INFO'];

/**
 * What a treatment plan adds to screening. Treatment records do not exist yet: the future treatment
 * module passes the planned areas (region ids such as "face", or "face.cheeks") and the ingredient
 * names of the planned products, as printed on their labels.
 */
export interface PlannedTreatment {
  areas: string[];
  ingredients: string[];
}

export interface ScreeningInput {
  /** The latest signed intake, or null when there is none. */
  intake: { definition: IntakeDefinition; answers: Answers } | null;
  ageYears: number;
  planned?: PlannedTreatment;
}

export interface FlagSource {
  questionId: string;
  question: string;
  answer: string;
}

export interface Flag {
  /** Stable within one intake: rule id, plus the ingredient for allergy flags. */
  key: string;
  ruleId: string;
  severity: Severity;
  /** i18n key of the reason, with its parameters. */
  reason: string;
  params: Record<string, string | number>;
  sources: FlagSource[];
}
