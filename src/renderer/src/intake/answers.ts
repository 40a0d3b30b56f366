import { allQuestions } from '../../../shared/intake/definitions';
import type { Answers, IntakeDefinition } from '../../../shared/intake/types';
import type { FormAnswers } from './QuestionInput';

/** Stored answers -> form values: every question present, checkboxes as arrays. */
export function toFormValues(definition: IntakeDefinition, answers: Answers): FormAnswers {
  return Object.fromEntries(
    allQuestions(definition).map((q) => [q.id, answers[q.id] ?? (q.type === 'multi' ? [] : '')]),
  );
}

/** Form values -> answers to send: unanswered questions left out. */
export function toAnswers(values: FormAnswers): Answers {
  const answers: Answers = {};
  for (const [id, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      if (value.length) answers[id] = value;
    } else if (typeof value === 'string' && value.trim() !== '') {
      answers[id] = value;
    }
  }
  return answers;
}

/** Main reports answer errors by question id, or as answers.<id> when the shape was wrong. */
export const questionIdOf = (field: string): string => field.replace(/^answers\./, '');
