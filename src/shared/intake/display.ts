import type { AnswerValue, IntakeDefinition, Question } from './types';

/** An answer as the patient saw it: option labels rather than stored values. */
export function answerText(
  definition: IntakeDefinition,
  question: Question,
  value: AnswerValue | undefined,
): string {
  if (value === undefined) return '';
  const label = (v: string) => {
    if (question.type === 'yesNo') return v === 'yes' ? definition.yesLabel : definition.noLabel;
    return question.options?.find((o) => o.value === v)?.label ?? v;
  };
  return Array.isArray(value) ? value.map(label).join(', ') : question.type === 'date' ? value : label(value);
}
