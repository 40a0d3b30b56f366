import { findQuestion } from '../intake/definitions';
import { answerText } from '../intake/display';
import type { Answers, AnswerValue, IntakeDefinition } from '../intake/types';
import { ingredientMatchesAllergy, normaliseIngredient, splitAllergyText } from './ingredients';
import { type RuleMatch, SCREENING_RULES, type ScreeningRule } from './rules';
import { type Flag, type FlagSource, type ScreeningInput, SEVERITIES } from './types';

const EMPTY_DEFINITION: IntakeDefinition = {
  version: 0,
  title: '',
  declaration: '',
  yesLabel: '',
  noLabel: '',
  sections: [],
};

const regionOf = (area: string) => area.split('.')[0] ?? area;

function sourcesFor(rule: ScreeningRule, definition: IntakeDefinition, answers: Answers): FlagSource[] {
  const sources: FlagSource[] = [];
  for (const id of rule.sources) {
    const question = findQuestion(definition, id);
    const value = answers[id];
    if (!question || value === undefined) continue;
    sources.push({
      questionId: id,
      question: question.text,
      answer: answerText(definition, question, value),
    });
  }
  return sources;
}

function siteMatches(
  site: { areasQuestion: string; where: 'at' | 'elsewhere' },
  answers: Answers,
  plannedAreas: string[] | undefined,
): boolean {
  if (!plannedAreas?.length) return site.where === 'at';
  const affected = answers[site.areasQuestion];
  const affectedList = Array.isArray(affected) ? affected : [];
  // Nothing said about where: assume it is where we plan to treat.
  const overlaps = affectedList.length === 0 || plannedAreas.some((a) => affectedList.includes(regionOf(a)));
  return site.where === 'at' ? overlaps : !overlaps;
}

const isOneOf = (value: AnswerValue | undefined, values: readonly string[]) =>
  typeof value === 'string' && values.includes(value);

/** Ticked allergy options (value and label as the intake worded them) plus each substance named in the free text. */
function declaredAllergies(
  match: Extract<RuleMatch, { kind: 'ingredientAllergy' }>,
  definition: IntakeDefinition,
  answers: Answers,
): string[] {
  const ticked = answers[match.optionsQuestion];
  const text = answers[match.textQuestion];
  const options = findQuestion(definition, match.optionsQuestion)?.options ?? [];
  const fromOptions = Array.isArray(ticked)
    ? ticked.flatMap((v) => [v, options.find((o) => o.value === v)?.label ?? v])
    : [];
  return [...fromOptions, ...(typeof text === 'string' ? splitAllergyText(text) : [])];
}

function evaluate(rule: ScreeningRule, input: ScreeningInput): Flag[] {
  const definition = input.intake?.definition ?? EMPTY_DEFINITION;
  const answers = input.intake?.answers ?? {};
  const flag = (key: string, params: Record<string, string | number> = {}): Flag => ({
    key,
    ruleId: rule.id,
    severity: rule.severity,
    reason: `screening.reasons.${rule.id}`,
    params,
    sources: sourcesFor(rule, definition, answers),
  });
  const { match } = rule;
  switch (match.kind) {
    case 'answer': {
      if (!isOneOf(answers[match.question], match.values)) return [];
      if (match.site && !siteMatches(match.site, answers, input.planned?.areas)) return [];
      return [flag(rule.id)];
    }
    case 'ageUnder': {
      if (input.ageYears >= match.years) return [];
      const agrees = answers[match.guardian.question] === 'yes';
      return agrees === match.guardian.agrees ? [flag(rule.id, { age: input.ageYears })] : [];
    }
    case 'ingredientAllergy': {
      const allergies = declaredAllergies(match, definition, answers);
      if (!allergies.length) return [];
      return (input.planned?.ingredients ?? [])
        .filter((ingredient) => allergies.some((a) => ingredientMatchesAllergy(ingredient, a)))
        .map((ingredient) => flag(`${rule.id}:${normaliseIngredient(ingredient)}`, { ingredient }));
    }
  }
}

/**
 * Turns the latest signed intake, the patient's age and (optionally) the planned treatment into
 * flags, most serious first. Pure: the same input always gives the same flags.
 */
export function screen(input: ScreeningInput, rules: readonly ScreeningRule[] = SCREENING_RULES): Flag[] {
  const flags = rules.flatMap((rule) => evaluate(rule, input));
  const unique = [...new Map(flags.map((f) => [f.key, f])).values()];
  return unique.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
