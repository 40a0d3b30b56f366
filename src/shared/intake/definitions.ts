import type { Language } from '../language/languages';
import { intakeDefinitionV1 } from './definition-v1';
import { intakeDefinitionV2, SKIN_TYPE_NOT_ASSESSED } from './definition-v2';
import { type IntakeTexts, localizeIntake } from './texts';
import de from './translations/v1-de.json';
import es from './translations/v1-es.json';
import fr from './translations/v1-fr.json';
import it from './translations/v1-it.json';
import pt from './translations/v1-pt.json';
import type { IntakeDefinition, Question } from './types';

/** Every questionnaire version ever shipped, oldest first. Never edit one: add the next. */
export const INTAKE_DEFINITIONS: readonly IntakeDefinition[] = [intakeDefinitionV1, intakeDefinitionV2];

export const CURRENT_INTAKE_DEFINITION = INTAKE_DEFINITIONS[
  INTAKE_DEFINITIONS.length - 1
] as IntakeDefinition;

/** Version 1's translations: JSON for translation tools, checked against IntakeTexts here. */
const V1: Record<Exclude<Language, 'en'>, IntakeTexts> = { fr, it, es, de, pt };

/** Version 2's texts: version 1's, with the skin type's "not assessed" answer. */
const withNotAssessed = (v1: IntakeTexts, label: string): IntakeTexts => ({
  ...v1,
  options: { ...v1.options, [SKIN_TYPE_NOT_ASSESSED]: label },
});

/** The translations of each version, by version: a new version ships with its own. */
export const INTAKE_TRANSLATIONS: Readonly<Record<number, Record<Exclude<Language, 'en'>, IntakeTexts>>> = {
  1: V1,
  2: {
    fr: withNotAssessed(V1.fr, 'Non évalué'),
    it: withNotAssessed(V1.it, 'Non valutato'),
    es: withNotAssessed(V1.es, 'No evaluado'),
    de: withNotAssessed(V1.de, 'Nicht beurteilt'),
    pt: withNotAssessed(V1.pt, 'Não avaliado'),
  },
};

/** A questionnaire version in the patient's language: the same ids, so screening and comparison hold. */
export function intakeDefinitionIn(definition: IntakeDefinition, language: Language): IntakeDefinition {
  if (language === 'en') return definition;
  const texts = INTAKE_TRANSLATIONS[definition.version]?.[language];
  if (!texts) throw new Error(`intake v${definition.version} has no ${language} translation`);
  return localizeIntake(definition, texts, language);
}

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
