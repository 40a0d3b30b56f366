import { isoDateProblem, todayIso } from '../dates';
import { allQuestions } from './definitions';
import type { Answers, AnswerValue, IntakeContext, IntakeDefinition, Question } from './types';
import { isVisible } from './visibility';

export type ValidationMode = 'draft' | 'sign';

export interface AnswerCheck {
  /** Only the answers to questions that are asked, trimmed; empty answers left out. */
  answers: Answers;
  /** Question id -> message key. */
  fields: Record<string, string>;
}

const DEFAULT_MAX_LENGTH = 2000;

function normalise(value: AnswerValue): AnswerValue | undefined {
  if (Array.isArray(value)) return value.length ? [...new Set(value)] : undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function problemWith(question: Question, value: AnswerValue, today: string): string | null {
  const allowed = question.type === 'yesNo' ? ['yes', 'no'] : question.options?.map((o) => o.value);
  switch (question.type) {
    case 'yesNo':
    case 'single':
      return typeof value === 'string' && allowed?.includes(value) ? null : 'errors.choose';
    case 'multi':
      return Array.isArray(value) && value.every((v) => allowed?.includes(v)) ? null : 'errors.choose';
    case 'text':
    case 'longText':
      if (typeof value !== 'string') return 'errors.text';
      return value.length > (question.maxLength ?? DEFAULT_MAX_LENGTH) ? 'errors.tooLong' : null;
    case 'date': {
      if (typeof value !== 'string') return 'errors.dateFormat';
      const problem = isoDateProblem(value);
      if (problem) return problem;
      if (question.notFuture && value > today) return 'errors.dateNotFuture';
      return value < '1900-01-01' ? 'errors.dateTooOld' : null;
    }
  }
}

/**
 * Checks answers against a questionnaire definition: known questions only, the right type, allowed
 * options; for signing, every visible required question answered. Answers to hidden questions are
 * dropped, so a "no" clears its follow-ups.
 */
export function checkAnswers(
  definition: IntakeDefinition,
  input: Answers,
  context: IntakeContext,
  mode: ValidationMode,
  now: Date = new Date(),
): AnswerCheck {
  const questions = allQuestions(definition);
  const known = new Set(questions.map((q) => q.id));
  const fields: Record<string, string> = {};
  for (const id of Object.keys(input)) {
    if (!known.has(id)) fields[id] = 'errors.unknownQuestion';
  }
  const today = todayIso(now);
  const answers: Answers = {};
  // Definitions list follow-ups after the question they depend on, so one pass in order suffices.
  for (const question of questions) {
    if (!isVisible(question, answers, context)) continue;
    const raw = input[question.id];
    const value = raw === undefined ? undefined : normalise(raw);
    if (value === undefined) {
      if (mode === 'sign' && question.required) fields[question.id] = 'errors.answerRequired';
      continue;
    }
    const problem = problemWith(question, value, today);
    if (problem) fields[question.id] = problem;
    else answers[question.id] = value;
  }
  return { answers, fields };
}
