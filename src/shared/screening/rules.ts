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
      window?: Window;
    }
  | { kind: 'ageUnder'; years: number; guardian: { question: string; agrees: boolean } }
  /** A planned substance against the allergies: the same substance, its class, or a likely misspelling. */
  | { kind: 'allergy'; grade: 'same' | 'class' | 'uncertain' }
  /** Free text names a condition whose own rule is ABSOLUTE, or a likely misspelling of a medicine. */
  | { kind: 'textMention'; grade: 'condition' | 'uncertain' };

/**
 * How long a "yes" counts: from the date the intake collected (dateQuestion) or, without one, from the
 * day the answer was given, until the session date. A window counts its last day: a vaccination on
 * the 1st, with a 7-day window, still flags a session on the 8th and no longer on the 9th.
 */
export interface Window {
  days?: number;
  months?: number;
  dateQuestion?: string;
}

export interface ScreeningRule {
  id: string;
  severity: Severity;
  match: RuleMatch;
  /** The answers shown as the source of the flag, when answered (intake or day check). */
  sources: readonly string[];
}

const yes = ['yes'];
type AnswerMatch = Extract<RuleMatch, { kind: 'answer' }>;
const answer = (
  question: string,
  values: readonly string[] = yes,
  site?: AnswerMatch['site'],
  window?: Window,
): AnswerMatch => ({
  kind: 'answer',
  question,
  values,
  ...(site && { site }),
  ...(window && { window }),
});

/**
 * A problem that matters where it is: `severity` when it is at a planned area, INFO when it is
 * elsewhere (rule id + "Elsewhere"); both read the same answers.
 */
const bySite = (
  question: string,
  severity: Severity,
  areasQuestion: string,
  sources: readonly string[],
  window?: Window,
): Record<'at' | 'elsewhere', ScreeningRule> => ({
  at: {
    id: question,
    severity,
    match: answer(question, yes, { areasQuestion, where: 'at' }, window),
    sources,
  },
  elsewhere: {
    id: `${question}Elsewhere`,
    severity: 'INFO',
    match: answer(question, yes, { areasQuestion, where: 'elsewhere' }, window),
    sources,
  },
});

const ACTIVE_SKIN_PROBLEM = bySite('activeSkinProblem', 'ABSOLUTE', 'activeSkinProblemAreas', [
  'activeSkinProblem',
  'activeSkinProblemKinds',
  'activeSkinProblemAreas',
]);
const RECENT_RESURFACING = bySite(
  'recentResurfacing',
  'RELATIVE',
  'recentResurfacingAreas',
  ['recentResurfacing', 'recentResurfacingAreas', 'recentResurfacingDate'],
  { days: 14, dateQuestion: 'recentResurfacingDate' },
);

/** The screening protocol (DOMAIN.md "Screening"). Each rule has its own unit tests, both ways. */
export const SCREENING_RULES: readonly ScreeningRule[] = [
  { id: 'pregnant', severity: 'ABSOLUTE', match: answer('pregnant'), sources: ['pregnant'] },
  { id: 'breastfeeding', severity: 'ABSOLUTE', match: answer('breastfeeding'), sources: ['breastfeeding'] },
  {
    id: 'ingredientAllergy',
    severity: 'ABSOLUTE',
    match: { kind: 'allergy', grade: 'same' },
    sources: ['allergyIngredients', 'allergyDetails'],
  },
  ACTIVE_SKIN_PROBLEM.at,
  {
    id: 'diabetesUncontrolled',
    severity: 'ABSOLUTE',
    match: answer('diabetes', ['uncontrolled']),
    sources: ['diabetes'],
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
    id: 'allergyCrossReactive',
    severity: 'RELATIVE',
    match: { kind: 'allergy', grade: 'class' },
    sources: ['allergyIngredients', 'allergyDetails'],
  },
  {
    id: 'allergyUncertain',
    severity: 'RELATIVE',
    match: { kind: 'allergy', grade: 'uncertain' },
    sources: ['allergyDetails'],
  },
  {
    id: 'mentionedInText',
    severity: 'RELATIVE',
    match: { kind: 'textMention', grade: 'condition' },
    sources: [],
  },
  {
    id: 'checkWithPatient',
    severity: 'RELATIVE',
    match: { kind: 'textMention', grade: 'uncertain' },
    sources: [],
  },
  {
    id: 'anticoagulants',
    severity: 'RELATIVE',
    match: answer('anticoagulants'),
    sources: ['anticoagulants', 'anticoagulantDrug', 'anticoagulantDose', 'newMedicinesWhich'],
  },
  {
    id: 'bruisingSupplements',
    severity: 'RELATIVE',
    match: answer('bruisingSupplements', yes, undefined, { days: 7 }),
    sources: ['bruisingSupplements', 'bruisingSupplementsWhich', 'newMedicinesWhich'],
  },
  {
    id: 'alcoholRecent',
    severity: 'RELATIVE',
    match: answer('alcohol24h', yes, undefined, { days: 1 }),
    sources: ['alcohol24h'],
  },
  {
    id: 'unwell',
    severity: 'RELATIVE',
    match: answer('unwell'),
    sources: ['unwell'],
  },
  {
    id: 'autoimmune',
    severity: 'RELATIVE',
    match: answer('autoimmune'),
    sources: ['autoimmune', 'autoimmuneDetails'],
  },
  { id: 'diabetes', severity: 'RELATIVE', match: answer('diabetes', ['controlled']), sources: ['diabetes'] },
  { id: 'keloid', severity: 'RELATIVE', match: answer('keloid'), sources: ['keloid'] },
  {
    id: 'isotretinoin',
    severity: 'RELATIVE',
    match: answer('isotretinoin', yes, undefined, { months: 6, dateQuestion: 'isotretinoinLastDose' }),
    sources: ['isotretinoin', 'isotretinoinLastDose', 'newMedicinesWhich'],
  },
  {
    id: 'topicalRetinoid',
    severity: 'RELATIVE',
    match: answer('topicalRetinoid', yes, undefined, { days: 5 }),
    sources: ['topicalRetinoid', 'newMedicinesWhich'],
  },
  RECENT_RESURFACING.at,
  {
    id: 'recentVaccination',
    severity: 'RELATIVE',
    match: answer('recentVaccination', yes, undefined, { days: 7, dateQuestion: 'recentVaccinationDate' }),
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
  ACTIVE_SKIN_PROBLEM.elsewhere,
  RECENT_RESURFACING.elsewhere,
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
