import type { Answers, Condition, IntakeContext, IntakeDefinition, Question } from './types';

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

/**
 * The questions asked for these answers, in order. A follow-up counts only while the question it
 * depends on is itself asked, exactly as main validates.
 */
export function visibleQuestionIds(
  definition: IntakeDefinition,
  answers: Answers,
  context: IntakeContext,
): Set<string> {
  const seen: Answers = {};
  const visible = new Set<string>();
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    if (!isVisible(question, seen, context)) continue;
    visible.add(question.id);
    const value = answers[question.id];
    if (value !== undefined) seen[question.id] = value;
  }
  return visible;
}
