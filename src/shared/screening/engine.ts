import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { findQuestion } from '../intake/definitions';
import { answerText } from '../intake/display';
import type { Answers, AnswerValue, IntakeDefinition } from '../intake/types';
import { DAY_CHECK_REPLACES, NEW_MEDICINE_ANSWERS } from './day-check';
import { type Concern, type KbEntry, KNOWLEDGE_BASE_VERSION } from './knowledge-base';
import { allergyFindings, type Finding, textFindings } from './plan-findings';
import { type RuleMatch, SCREENING_RULES, type ScreeningRule, type Window } from './rules';
import { type Flag, type FlagSource, type ScreeningInput, SEVERITIES, type SubstanceMatch } from './types';

export { KNOWLEDGE_BASE_VERSION };

const EMPTY_DEFINITION: IntakeDefinition = {
  version: 0,
  title: '',
  declaration: '',
  yesLabel: '',
  noLabel: '',
  sections: [],
};

type Origin = 'intake' | 'dayCheck';

/** The answers the rules read: the intake's, with the day check's replacing them where it asked again. */
interface Reading {
  answers: Answers;
  origin: Map<string, Origin>;
  intake: { definition: IntakeDefinition; answers: Answers; answeredOn?: string };
  dayCheck: { definition: IntakeDefinition; answers: Answers; answeredOn: string } | null;
  allergies: Finding[];
  texts: Finding[];
}

function merge(input: ScreeningInput): Pick<Reading, 'answers' | 'origin'> {
  const answers: Answers = { ...(input.intake?.answers ?? {}) };
  const origin = new Map<string, Origin>(Object.keys(answers).map((id) => [id, 'intake']));
  const day = input.dayCheck?.answers ?? {};
  for (const id of Object.keys(day)) {
    for (const replaced of DAY_CHECK_REPLACES[id] ?? []) {
      delete answers[replaced];
      origin.delete(replaced);
    }
  }
  for (const [id, value] of Object.entries(day)) {
    answers[id] = value;
    origin.set(id, 'dayCheck');
  }
  const ticked = day.newMedicinesWhich;
  for (const value of Array.isArray(ticked) ? ticked : []) {
    const question = NEW_MEDICINE_ANSWERS[value];
    if (!question) continue;
    answers[question] = 'yes';
    origin.set(question, 'dayCheck');
  }
  return { answers, origin };
}

function sourcesFor(ids: readonly string[], r: Reading): FlagSource[] {
  const sources: FlagSource[] = [];
  for (const id of ids) {
    for (const [origin, form] of [
      ['dayCheck', r.dayCheck],
      ['intake', r.intake],
    ] as const) {
      const question = form && findQuestion(form.definition, id);
      const value = form?.answers[id];
      if (!form || !question || value === undefined) continue;
      sources.push({
        questionId: id,
        question: question.text,
        answer: answerText(form.definition, question, value),
        origin,
      });
    }
  }
  return sources;
}

const regionOf = (area: string) => area.split('.')[0] ?? area;

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOf = (iso: string) => new Date(`${iso}T00:00:00`);

/** Whether a "yes" still counts on the session date. */
function withinWindow(window: Window, question: string, r: Reading, sessionDate: string | undefined) {
  if (!sessionDate) return true;
  const collected = window.dateQuestion ? r.answers[window.dateQuestion] : undefined;
  const answeredOn = r.origin.get(question) === 'dayCheck' ? r.dayCheck?.answeredOn : r.intake.answeredOn;
  const from = typeof collected === 'string' && ISO_DATE.test(collected) ? collected : answeredOn;
  if (!from) return true;
  const start = dateOf(from);
  const end = window.months ? addMonths(start, window.months) : addDays(start, window.days ?? 0);
  return sessionDate <= format(end, 'yyyy-MM-dd');
}

/** Free-text readings that raise this rule ("Eliquis" under medicines raises the blood-thinner rule). */
const textMatchesFor = (ruleId: string, r: Reading): SubstanceMatch[] =>
  r.texts.filter((f) => f.grade === 'concern' && f.concern === ruleId).map((f) => f.match);

function evaluate(rule: ScreeningRule, input: ScreeningInput, r: Reading): Flag[] {
  const flag = (
    key: string,
    params: Record<string, string | number> = {},
    matches: SubstanceMatch[] = [],
    sources: readonly string[] = rule.sources,
  ): Flag => ({
    key,
    ruleId: rule.id,
    severity: rule.severity,
    reason: `screening.reasons.${rule.id}`,
    params,
    sources: sourcesFor(sources, r),
    matches,
  });
  const match: RuleMatch = rule.match;
  switch (match.kind) {
    case 'answer': {
      const said =
        isOneOf(r.answers[match.question], match.values) &&
        (!match.site || siteMatches(match.site, r.answers, input.planned?.areas)) &&
        (!match.window || withinWindow(match.window, match.question, r, input.sessionDate));
      const written = textMatchesFor(rule.id, r);
      return said || written.length ? [flag(rule.id, {}, written)] : [];
    }
    case 'ageUnder': {
      if (input.ageYears >= match.years) return [];
      // The guardian's agreement counts when a guardian signed the intake, not on the minor's word alone.
      const agrees = r.answers[match.guardian.question] === 'yes' && input.intake?.guardianSigned === true;
      return agrees === match.guardian.agrees ? [flag(rule.id, { age: input.ageYears })] : [];
    }
    case 'allergy':
      return r.allergies
        .filter((f) => f.grade === match.grade)
        .map((f) =>
          flag(
            `${rule.id}:${f.key}`,
            {
              ingredient: f.match.where.kind === 'plan' ? f.match.where.text : f.match.substance,
              allergen: f.match.words,
              substance: f.match.substance,
            },
            [f.match],
          ),
        );
    case 'textMention': {
      const raisedRules = new Set(
        SCREENING_RULES.filter((x) => x.severity === 'ABSOLUTE' && x.match.kind === 'answer').flatMap((x) =>
          x.match.kind === 'answer' && isOneOf(r.answers[x.match.question], x.match.values) ? [x.id] : [],
        ),
      );
      return r.texts
        .filter((f) => f.grade === (match.grade === 'condition' ? 'absoluteConcern' : 'uncertain'))
        .filter((f) => !(f.concern && raisedRules.has(f.concern)))
        .map((f) =>
          flag(
            `${rule.id}:${f.key}`,
            { words: f.match.words, substance: f.match.substance },
            [f.match],
            f.sources,
          ),
        );
    }
  }
}

/** Flags with the same key (a rule raised by an answer and by free text) become one, all matches kept. */
function mergeFlags(flags: Flag[]): Flag[] {
  const byKey = new Map<string, Flag>();
  for (const f of flags) {
    const seen = byKey.get(f.key);
    if (!seen) byKey.set(f.key, f);
    else {
      const words = new Set(seen.matches.map((m) => `${m.words}|${m.substance}`));
      seen.matches.push(...f.matches.filter((m) => !words.has(`${m.words}|${m.substance}`)));
    }
  }
  return [...byKey.values()];
}

const concernSeverity = (concern: Concern): 'ABSOLUTE' | 'OTHER' =>
  SCREENING_RULES.find((r) => r.id === concern)?.severity === 'ABSOLUTE' ? 'ABSOLUTE' : 'OTHER';

/**
 * Screens a patient for one session. Pure: the same input always gives the same flags, most serious
 * first. Inputs (see README "Screening"): the latest signed intake and the day it was signed, the
 * patient's age on the session date, the day-of-treatment check, the session date, and the plan with
 * every substance that enters or touches the skin.
 */
export function screen(input: ScreeningInput, rules: readonly ScreeningRule[] = SCREENING_RULES): Flag[] {
  const intake = input.intake ?? { definition: EMPTY_DEFINITION, answers: {} };
  const dayCheck = input.dayCheck ?? null;
  const { answers, origin } = merge(input);
  const forms = [
    { definition: intake.definition, answers: intake.answers },
    ...(dayCheck ? [{ definition: dayCheck.definition, answers: dayCheck.answers }] : []),
  ];
  const reading: Reading = {
    answers,
    origin,
    intake,
    dayCheck,
    allergies: allergyFindings(forms, input.planned),
    texts: textFindings(forms, concernSeverity),
  };
  const flags = mergeFlags(rules.flatMap((rule) => evaluate(rule, input, reading)));
  return flags.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

export type { KbEntry };
