import { allQuestions } from './definitions';
import { answerText } from './display';
import type { Answers, IntakeDefinition } from './types';

export interface AnswerComparison {
  questionId: string;
  /** The question as worded in the later intake (or the earlier one if the later no longer asks it). */
  question: string;
  before: string;
  after: string;
  changed: boolean;
}

interface Side {
  definition: IntakeDefinition;
  answers: Answers;
}

/**
 * Lines two intakes up question by question, each side rendered with its own definition, so intakes
 * answered on different questionnaire versions still compare.
 */
export function compareIntakes(earlier: Side, later: Side): AnswerComparison[] {
  const laterQuestions = allQuestions(later.definition);
  const earlierQuestions = allQuestions(earlier.definition);
  const ids = [...laterQuestions.map((q) => q.id)];
  for (const q of earlierQuestions) if (!ids.includes(q.id)) ids.push(q.id);
  const rows: AnswerComparison[] = [];
  for (const id of ids) {
    const qBefore = earlierQuestions.find((q) => q.id === id);
    const qAfter = laterQuestions.find((q) => q.id === id);
    const before = qBefore ? answerText(earlier.definition, qBefore, earlier.answers[id]) : '';
    const after = qAfter ? answerText(later.definition, qAfter, later.answers[id]) : '';
    if (!before && !after) continue;
    rows.push({
      questionId: id,
      question: (qAfter ?? qBefore)?.text ?? id,
      before,
      after,
      changed: before !== after,
    });
  }
  return rows;
}
