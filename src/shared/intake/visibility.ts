import type { Answers, Condition, IntakeContext, Question } from './types';

function holds(condition: Condition, answers: Answers, context: IntakeContext): boolean {
  if ('sexNot' in condition) return !condition.sexNot.includes(context.sex);
  if ('ageUnder' in condition) return context.ageYears < condition.ageUnder;
  const value = answers[condition.answer];
  if ('is' in condition) return value === condition.is;
  return Array.isArray(value) && value.includes(condition.includes);
}

/** Whether a question is asked, given the answers so far and who the patient is. */
export function isVisible(question: Question, answers: Answers, context: IntakeContext): boolean {
  return (question.showIf ?? []).every((c) => holds(c, answers, context));
}
