import type { Severity } from './types';

/**
 * How a rule decides. Kept declarative so the rule list reads like the clinic's screening protocol.
 * `site` rules look at where the problem is: with planned areas known, "at" matches only when a
 * planned area is affected, "elsewhere" only when none is; without planned areas, "at" matches.
 */
export type RuleMatch =
  | {
      kind: 'answer';
      question: string;
      values: readonly string[];
      site?: { areasQuestion: string; where: 'at' | 'elsewhere' };
    }
  | { kind: 'ageUnder'; years: number; guardian: { question: string; agrees: boolean } }
  | { kind: 'ingredientAllergy'; optionsQuestion: string; textQuestion: string };

export interface ScreeningRule {
  id: string;
  severity: Severity;
  match: RuleMatch;
  /** The answers shown as the source of the flag, when answered. */
  sources: readonly string[];
}

const yes = ['yes'];
type AnswerMatch = Extract<RuleMatch, { kind: 'answer' }>;
const answer = (
  question: string,
  values: readonly string[] = yes,
  site?: AnswerMatch['site'],
): AnswerMatch => ({
  kind: 'answer',
  question,
  values,
  ...(site && { site }),
});

/** The screening protocol (DOMAIN.md "Screening"). Each rule has its own unit tests, both ways. */
export const SCREENING_RULES: readonly ScreeningRule[] = [
  { id: 'pregnant', severity: 'ABSOLUTE', match: answer('pregnant'), sources: ['pregnant'] },
  { id: 'breastfeeding', severity: 'ABSOLUTE', match: answer('breastfeeding'), sources: ['breastfeeding'] },
  {
    id: 'ingredientAllergy',
    severity: 'ABSOLUTE',
    match: {
      kind: 'ingredientAllergy',
      optionsQuestion: 'allergyIngredients',
      textQuestion: 'allergyDetails',
    },
    sources: ['allergyIngredients', 'allergyDetails'],
  },
  {
    id: 'activeSkinProblem',
    severity: 'ABSOLUTE',
    match: answer('activeSkinProblem', yes, { areasQuestion: 'activeSkinProblemAreas', where: 'at' }),
    sources: ['activeSkinProblem', 'activeSkinProblemKinds', 'activeSkinProblemAreas'],
  },
  {
    id: 'bleedingDisorder',
    severity: 'ABSOLUTE',
    match: answer('bleedingDisorder'),
    sources: ['bleedingDisorder', 'bleedingDisorderDetails'],
  },
  { id: 'cancer', severity: 'ABSOLUTE', match: answer('cancer'), sources: ['cancer', 'cancerDetails'] },
  {
    id: 'minorWithoutGuardian',
    severity: 'ABSOLUTE',
    match: { kind: 'ageUnder', years: 18, guardian: { question: 'guardianConsent', agrees: false } },
    sources: ['guardianConsent'],
  },
  {
    id: 'anticoagulants',
    severity: 'RELATIVE',
    match: answer('anticoagulants'),
    sources: ['anticoagulants', 'anticoagulantDrug', 'anticoagulantDose'],
  },
  {
    id: 'bruisingSupplements',
    severity: 'RELATIVE',
    match: answer('bruisingSupplements'),
    sources: ['bruisingSupplements', 'bruisingSupplementsWhich'],
  },
  {
    id: 'autoimmune',
    severity: 'RELATIVE',
    match: answer('autoimmune'),
    sources: ['autoimmune', 'autoimmuneDetails'],
  },
  { id: 'diabetes', severity: 'RELATIVE', match: answer('diabetes', ['controlled']), sources: ['diabetes'] },
  {
    id: 'diabetesUncontrolled',
    severity: 'RELATIVE',
    match: answer('diabetes', ['uncontrolled']),
    sources: ['diabetes'],
  },
  { id: 'keloid', severity: 'RELATIVE', match: answer('keloid'), sources: ['keloid'] },
  {
    id: 'isotretinoin',
    severity: 'RELATIVE',
    match: answer('isotretinoin'),
    sources: ['isotretinoin', 'isotretinoinLastDose'],
  },
  {
    id: 'topicalRetinoid',
    severity: 'RELATIVE',
    match: answer('topicalRetinoid'),
    sources: ['topicalRetinoid'],
  },
  {
    id: 'recentResurfacing',
    severity: 'RELATIVE',
    match: answer('recentResurfacing', yes, { areasQuestion: 'recentResurfacingAreas', where: 'at' }),
    sources: ['recentResurfacing', 'recentResurfacingAreas', 'recentResurfacingDate'],
  },
  {
    id: 'recentVaccination',
    severity: 'RELATIVE',
    match: answer('recentVaccination'),
    sources: ['recentVaccination', 'recentVaccinationDate'],
  },
  { id: 'epilepsy', severity: 'RELATIVE', match: answer('epilepsy'), sources: ['epilepsy'] },
  {
    id: 'organDisease',
    severity: 'RELATIVE',
    match: answer('organDisease'),
    sources: ['organDisease', 'organDiseaseKinds'],
  },
  {
    id: 'pigmentDisorder',
    severity: 'RELATIVE',
    match: answer('pigmentDisorder'),
    sources: ['pigmentDisorder'],
  },
  {
    id: 'injectableReaction',
    severity: 'RELATIVE',
    match: answer('injectableReaction'),
    sources: ['injectableReaction', 'injectableReactionDetails'],
  },
  {
    id: 'unrealisticExpectations',
    severity: 'RELATIVE',
    match: answer('expectations', ['unrealistic']),
    sources: ['expectations', 'goals'],
  },
  {
    id: 'minorWithGuardian',
    severity: 'INFO',
    match: { kind: 'ageUnder', years: 18, guardian: { question: 'guardianConsent', agrees: true } },
    sources: ['guardianConsent', 'guardianName'],
  },
  {
    id: 'activeSkinProblemElsewhere',
    severity: 'INFO',
    match: answer('activeSkinProblem', yes, { areasQuestion: 'activeSkinProblemAreas', where: 'elsewhere' }),
    sources: ['activeSkinProblem', 'activeSkinProblemKinds', 'activeSkinProblemAreas'],
  },
  {
    id: 'recentResurfacingElsewhere',
    severity: 'INFO',
    match: answer('recentResurfacing', yes, { areasQuestion: 'recentResurfacingAreas', where: 'elsewhere' }),
    sources: ['recentResurfacing', 'recentResurfacingAreas', 'recentResurfacingDate'],
  },
  {
    id: 'allergiesDeclared',
    severity: 'INFO',
    match: answer('allergies'),
    sources: ['allergyIngredients', 'allergyDetails'],
  },
  { id: 'smoker', severity: 'INFO', match: answer('smoking', ['current']), sources: ['smoking'] },
  {
    id: 'darkerSkinType',
    severity: 'INFO',
    match: answer('fitzpatrick', ['IV', 'V', 'VI']),
    sources: ['fitzpatrick'],
  },
];
