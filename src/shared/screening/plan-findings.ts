import { findQuestion } from '../intake/definitions';
import type { Answers, IntakeDefinition } from '../intake/types';
import type { Concern, KbEntry } from './knowledge-base';
import { constituents, GENERIC_WORDS, kbEntry, type Mention, readText } from './mentions';
import type { PlannedTreatment, PlanRole, SubstanceMatch } from './types';

/** What the free text and the plan say, before rules turn it into flags. */
export interface Finding {
  key: string;
  grade: 'same' | 'class' | 'uncertain' | 'concern' | 'absoluteConcern';
  concern?: Concern;
  match: SubstanceMatch;
  /** The questions the words were read in. */
  sources: string[];
}

interface Form {
  definition: IntakeDefinition;
  answers: Answers;
}

const ALLERGY_OPTIONS = 'allergyIngredients';
const ALLERGY_TEXT = 'allergyDetails';

/** The patient's own words the medicine and condition rules read. */
export const FREE_TEXT_QUESTIONS = [
  'currentMedications',
  'anticoagulantDrug',
  'autoimmuneDetails',
  'otherConditions',
  'newMedicinesDetails',
] as const;

/** Words around a substance in an allergy note that do not name it. */
const FILLER = new Set(
  (
    'allergy allergic allergies to a an the and or of with reaction reactions rash hives swelling i am my ' +
    'after when from had have got severe mild bad known allergie allergique au aux la le les de des du et ou ' +
    'une un allergia allergico allergica al alla alle e o di alergia alergico alergica el los las y con ' +
    'allergisch gegen auf und oder der die das eine ein alergi terhadap dan atau sa ke para um uma ao'
  ).split(' '),
);

/** Label words that do not change which substance it is (units, salts, strengths). */
const LABEL_NOISE = new Set([
  'mg',
  'ml',
  'g',
  'hcl',
  'hydrochloride',
  'anhydrous',
  'monohydrate',
  'de',
  'of',
]);

interface Allergen {
  entry: KbEntry;
  words: string;
  how: Mention['how'];
}

interface PlanText {
  role: PlanRole;
  text: string;
}

const planTexts = (planned: PlannedTreatment | undefined): PlanText[] => [
  ...(planned?.ingredients ?? []).map((text) => ({ role: 'ingredient' as const, text })),
  ...(planned?.diluents ?? []).map((text) => ({ role: 'diluent' as const, text })),
  ...(planned?.anaesthetics ?? []).map((text) => ({ role: 'anaesthetic' as const, text })),
  ...(planned?.antiseptics ?? []).map((text) => ({ role: 'antiseptic' as const, text })),
];

const contentRun = (folds: string[]) =>
  folds.filter((w) => !LABEL_NOISE.has(w) && !/^\d+$/.test(w) && !FILLER.has(w));

const meaningful = (run: string[]) => run.some((w) => !GENERIC_WORDS.has(w)) && run.join('').length >= 4;

function hasRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i += 1) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/** Runs of words the knowledge base does not know, clause by clause, that no negation covers. */
function unknownRuns(rest: { fold: string; negated: boolean; clause: number }[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let clause = -1;
  for (const w of rest) {
    const breaks = w.negated || FILLER.has(w.fold) || w.clause !== clause;
    if (breaks && run.length) {
      runs.push(run);
      run = [];
    }
    clause = w.clause;
    if (!w.negated && !FILLER.has(w.fold)) run.push(w.fold);
  }
  if (run.length) runs.push(run);
  return runs.filter(meaningful);
}

function sharedCrossReactiveClass(a: KbEntry, b: KbEntry): KbEntry | undefined {
  return (a.classes ?? [])
    .filter((c) => (b.classes ?? []).includes(c))
    .map(kbEntry)
    .find((c) => c?.crossReactive);
}

/** Each planned substance against the patient's declared allergies (ticked and written). */
export function allergyFindings(forms: Form[], planned: PlannedTreatment | undefined): Finding[] {
  const plan = planTexts(planned);
  if (!plan.length) return [];
  const allergens: Allergen[] = [];
  const runs: string[][] = [];
  for (const form of forms) {
    const ticked = form.answers[ALLERGY_OPTIONS];
    const options = findQuestion(form.definition, ALLERGY_OPTIONS)?.options ?? [];
    for (const value of Array.isArray(ticked) ? ticked : []) {
      const entry = kbEntry(value);
      const words = options.find((o) => o.value === value)?.label ?? value;
      if (entry) allergens.push({ entry, words, how: 'name' });
      else runs.push(contentRun(readText(value).rest.map((r) => r.fold)));
    }
    const text = form.answers[ALLERGY_TEXT];
    if (typeof text !== 'string') continue;
    const reading = readText(text, { misspellings: true });
    for (const m of reading.mentions) if (!m.negated) allergens.push(m);
    runs.push(...unknownRuns(reading.rest));
  }
  if (!allergens.length && !runs.length) return [];

  const findings = new Map<string, Finding>();
  const add = (grade: Finding['grade'], key: string, match: SubstanceMatch) => {
    const id = `${grade}:${key}`;
    if (!findings.has(id)) findings.set(id, { key, grade, match, sources: [ALLERGY_OPTIONS, ALLERGY_TEXT] });
  };
  for (const { role, text } of plan) {
    const where = { kind: 'plan' as const, role, text };
    const reading = readText(text);
    const substances = reading.mentions.filter((m) => !m.negated && m.entry.kind === 'substance');
    for (const planned of substances.flatMap((m) => constituents(m.entry))) {
      for (const a of allergens) {
        const same =
          a.entry.kind === 'class'
            ? (planned.classes ?? []).includes(a.entry.id)
            : constituents(a.entry).some((c) => c.id === planned.id);
        const how = a.how === 'misspelling' ? 'misspelling' : a.entry.kind === 'class' ? 'class' : a.how;
        const match = { words: a.words, substance: planned.label, how, where } as const;
        if (same && a.how === 'misspelling') add('uncertain', planned.id, match);
        else if (same) add('same', planned.id, { ...match, how: a.entry.id === planned.id ? a.how : how });
        else if (a.how !== 'misspelling' && sharedCrossReactiveClass(a.entry, planned))
          add('class', planned.id, { ...match, how: 'class' });
      }
    }
    // A substance the knowledge base does not know is matched on its whole words.
    const label = contentRun(reading.rest.map((r) => r.fold));
    for (const run of runs) {
      if (hasRun(label, run))
        add('same', run.join(' '), { words: run.join(' '), substance: text, how: 'text', where });
    }
    if (!substances.length && meaningful(label)) {
      for (const run of runs) {
        if (hasRun(run, label))
          add('same', label.join(' '), { words: label.join(' '), substance: text, how: 'text', where });
      }
    }
  }
  return [...findings.values()];
}

/** Medicines and conditions written in the patient's own words, read against the knowledge base. */
export function textFindings(forms: Form[], severityOf: (c: Concern) => 'ABSOLUTE' | 'OTHER'): Finding[] {
  const findings: Finding[] = [];
  for (const form of forms) {
    for (const id of FREE_TEXT_QUESTIONS) {
      const text = form.answers[id];
      if (typeof text !== 'string') continue;
      const question = findQuestion(form.definition, id)?.text ?? id;
      for (const m of readText(text, { misspellings: true }).mentions) {
        if (m.negated) continue;
        const concerns = new Set(
          [m.entry, ...constituents(m.entry)]
            .flatMap((e) => [e.concern, ...(e.classes ?? []).map((c) => kbEntry(c)?.concern)])
            .filter((c): c is Concern => c !== undefined),
        );
        const base = {
          words: m.words,
          substance: m.entry.label,
          where: { kind: 'answer' as const, question },
        };
        if (m.how === 'misspelling') {
          if (concerns.size)
            findings.push({
              key: m.entry.id,
              grade: 'uncertain',
              match: { ...base, how: 'misspelling' },
              sources: [id],
            });
          continue;
        }
        for (const concern of concerns) {
          findings.push({
            key: concern,
            grade: severityOf(concern) === 'ABSOLUTE' ? 'absoluteConcern' : 'concern',
            concern,
            match: {
              ...base,
              how: m.how === 'brand' ? 'brand' : m.entry.kind === 'class' ? 'class' : 'name',
            },
            sources: [id],
          });
        }
      }
    }
  }
  return findings;
}
