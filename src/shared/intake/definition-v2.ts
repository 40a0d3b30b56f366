import { intakeDefinitionV1 } from './definition-v1';
import type { IntakeDefinition, Question } from './types';

/** The skin type answer for a patient whose skin type the practitioner has not assessed. */
export const SKIN_TYPE_NOT_ASSESSED = 'not-assessed';

const withNotAssessed = (q: Question): Question =>
  q.id === 'fitzpatrick'
    ? { ...q, options: [...(q.options ?? []), { value: SKIN_TYPE_NOT_ASSESSED, label: 'Not assessed' }] }
    : q;

/**
 * Version 2: version 1 word for word, with one more answer to the skin type question, "Not assessed".
 * Every section, question and option id stays as it was, so answers carry over and the screening
 * rules (which look only at types IV to VI) read both versions alike. Version 1 stays for the
 * intakes answered on it.
 */
export const intakeDefinitionV2: IntakeDefinition = {
  ...intakeDefinitionV1,
  version: 2,
  sections: intakeDefinitionV1.sections.map((s) => ({ ...s, questions: s.questions.map(withNotAssessed) })),
};
