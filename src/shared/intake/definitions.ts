import { intakeDefinitionV1 } from './definition-v1';
import { intakeDefinitionV2 } from './definition-v2';
import type { IntakeDefinition, Question } from './types';

/** Every questionnaire version ever shipped, oldest first. Never edit one: add the next. */
export const INTAKE_DEFINITIONS: readonly IntakeDefinition[] = [intakeDefinitionV1, intakeDefinitionV2];

export const CURRENT_INTAKE_DEFINITION = INTAKE_DEFINITIONS[
  INTAKE_DEFINITIONS.length - 1
] as IntakeDefinition;

export function allQuestions(definition: IntakeDefinition): Question[] {
  return definition.sections.flatMap((s) => s.questions);
}

/** Definitions are never changed once built, so each one's questions are indexed once. */
const byId = new WeakMap<IntakeDefinition, Map<string, Question>>();

export function findQuestion(definition: IntakeDefinition, id: string): Question | undefined {
  let index = byId.get(definition);
  if (!index) {
    index = new Map(allQuestions(definition).map((q) => [q.id, q]));
    byId.set(definition, index);
  }
  return index.get(id);
}
