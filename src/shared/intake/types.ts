import type { Language } from '../language/languages';

/**
 * The intake questionnaire as data. A definition never changes once shipped: a new wording or a new
 * question is a new version, and every intake records the version (and, once signed, the full
 * definition) it was answered with.
 */
export type QuestionType = 'yesNo' | 'single' | 'multi' | 'text' | 'longText' | 'date';

export interface Option {
  value: string;
  label: string;
}

/** When a question is shown: every listed condition must hold. */
export type Condition =
  | { answer: string; is: string }
  | { answer: string; includes: string }
  | { sexNot: readonly string[] }
  | { ageUnder: number };

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  hint?: string;
  options?: readonly Option[];
  /** Required when visible. */
  required: boolean;
  showIf?: readonly Condition[];
  /** Dates: refuse a date after the day the intake is filled in. */
  notFuture?: boolean;
  maxLength?: number;
}

export interface Section {
  id: string;
  title: string;
  intro?: string;
  questions: readonly Question[];
}

export interface IntakeDefinition {
  version: number;
  /** The language the patient reads it in; absent in definitions stored before there was a choice (English). */
  language?: Language;
  title: string;
  /** What the patient confirms by signing. */
  declaration: string;
  yesLabel: string;
  noLabel: string;
  sections: readonly Section[];
}

export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

/** What visibility depends on besides the answers themselves. */
export interface IntakeContext {
  sex: 'female' | 'male' | 'other' | 'unknown';
  ageYears: number;
}
