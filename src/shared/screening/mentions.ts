import { distance } from 'fastest-levenshtein';
import { foldText } from '../text/fold';
import { type KbEntry, KNOWLEDGE_BASE } from './knowledge-base';

/**
 * Reads free text the way a clinician would: whole terms only (longest first), plurals, negations
 * ("not lidocaine", "no known allergies", "kein Latex") scoped to their clause, and likely misspellings
 * of a known substance reported as such rather than ignored.
 */

export type MatchHow = 'name' | 'brand' | 'misspelling';

export interface Mention {
  entry: KbEntry;
  /** The words of the text that matched, as the patient or label wrote them. */
  words: string;
  how: MatchHow;
  /** Said not to apply ("no", "not", "tolerated"...). */
  negated: boolean;
}

interface Token {
  text: string;
  fold: string;
  /** The clause this token belongs to; negations do not reach past a clause. */
  clause: number;
}

/** Words that on their own never name a specific substance; a term made only of these is refused. */
export const GENERIC_WORDS = new Set([
  'acid',
  'acids',
  'water',
  'oil',
  'extract',
  'vitamin',
  'vitamins',
  'salt',
  'sodium',
  'solution',
  'cream',
  'gel',
  'serum',
  'complex',
  'injection',
  'acide',
  'acido',
  'saure',
  'eau',
  'acqua',
  'agua',
  'wasser',
  'air',
  'asam',
  'minyak',
  'huile',
  'olio',
  'aceite',
  'oleo',
  'vitamine',
  'vitamina',
  'krim',
  'creme',
  'crema',
]);

const NEGATIONS = new Set([
  'no',
  'not',
  'never',
  'none',
  'without',
  'denies',
  'denied',
  'nil',
  'nkda',
  'nka',
  'nkfa',
  'nkma',
  'negative',
  'pas',
  'non',
  'aucun',
  'aucune',
  'sans',
  'jamais',
  'nessun',
  'nessuna',
  'nessuno',
  'senza',
  'mai',
  'sin',
  'ningun',
  'ninguna',
  'ninguno',
  'nunca',
  'niega',
  'kein',
  'keine',
  'keiner',
  'keinen',
  'nicht',
  'ohne',
  'nie',
  'nao',
  'sem',
  'nenhum',
  'nenhuma',
  'nem',
  'tidak',
  'tanpa',
  'bukan',
  'tak',
  'belum',
]);

/** Words after which a negation no longer applies ("no allergies except lidocaine"). */
const SCOPE_ENDS = new Set([
  'but',
  'except',
  'apart',
  'besides',
  'however',
  'although',
  'mais',
  'sauf',
  'excepte',
  'tranne',
  'eccetto',
  'pero',
  'excepto',
  'salvo',
  'aber',
  'ausser',
  'mas',
  'exceto',
  'menos',
  'tapi',
  'tetapi',
  'kecuali',
  'selain',
]);

/** Words after a substance that say it is fine ("lidocaine tolerated"). */
const TOLERATED = new Set([
  'tolerated',
  'tolerates',
  'tolere',
  'toleree',
  'tollerato',
  'tollerata',
  'tolerado',
  'tolerada',
  'vertragen',
  'vertraegt',
  'vertragt',
]);

/** Common words that sit one letter away from a substance name and must not read as a misspelling. */
const NOT_MISSPELLINGS = new Set([
  'later',
  'aspiring',
  'retinal',
  'allergic',
  'allergy',
  'allergies',
  'reaction',
  'reactions',
  'tablet',
  'tablets',
  'cancel',
  'heparine',
]);

const CLAUSE_BREAK = /[.,;:!?()[\]\n\r•]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words recur (names, "and", "mg"): each is folded once. Bounded, so a long run cannot grow it forever. */
const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;
function foldWord(word: string): string {
  let fold = folded.get(word);
  if (fold === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    fold = foldText(word);
    folded.set(word, fold);
  }
  return fold;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const index = m.index ?? 0;
    if (CLAUSE_BREAK.test(text.slice(last, index))) clause += 1;
    const fold = foldWord(m[0]);
    if (SCOPE_ENDS.has(fold)) clause += 1;
    tokens.push({ text: m[0], fold, clause });
    last = index + m[0].length;
  }
  return tokens;
}

export const foldedTerm = (name: string): string[] => tokenise(name).map((t) => t.fold);

interface Term {
  tokens: string[];
  entry: KbEntry;
  how: MatchHow;
}

interface Index {
  byFirst: Map<string, Term[]>;
  /** Single-word substance names by first letter and length, for misspelling search. */
  byLength: Map<string, Term[]>;
}

const MIN_FUZZY = 5;
/** A misspelling keeps its first letter (nearly always): only names starting alike are compared. */
const fuzzyKey = (firstLetter: string, length: number) => `${firstLetter}${length}`;

function buildIndex(): Index {
  const byFirst = new Map<string, Term[]>();
  const byLength = new Map<string, Term[]>();
  const add = (entry: KbEntry, name: string, how: MatchHow) => {
    const tokens = foldedTerm(name);
    const first = tokens[0];
    if (!first) return;
    const term = { tokens, entry, how };
    byFirst.set(first, [...(byFirst.get(first) ?? []), term]);
    if (entry.kind === 'substance' && tokens.length === 1 && first.length >= MIN_FUZZY) {
      const key = fuzzyKey(first[0] ?? '', first.length);
      byLength.set(key, [...(byLength.get(key) ?? []), term]);
    }
  };
  for (const entry of KNOWLEDGE_BASE) {
    for (const names of Object.values(entry.names)) for (const name of names ?? []) add(entry, name, 'name');
    for (const brand of entry.brands ?? []) add(entry, brand, 'brand');
  }
  for (const terms of byFirst.values()) terms.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, byLength };
}

let index: Index | null = null;
const theIndex = () => {
  index ??= buildIndex();
  return index;
};

/** A plural or the singular: "anticoagulants" reads as "anticoagulant". */
const sameWord = (word: string, term: string) =>
  word === term || (term.length >= 4 && (word === `${term}s` || word === `${term}es`));

const stems = (word: string) => {
  const out = [word];
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  return out;
};

function termAt(tokens: Token[], i: number, byFirst: Map<string, Term[]>): Term | null {
  const first = tokens[i];
  if (!first) return null;
  let best: Term | null = null;
  for (const stem of stems(first.fold)) {
    for (const term of byFirst.get(stem) ?? []) {
      if (best && best.tokens.length >= term.tokens.length) continue;
      const fits = term.tokens.every((t, k) => {
        const token = tokens[i + k];
        return token !== undefined && token.clause === first.clause && sameWord(token.fold, t);
      });
      if (fits) best = term;
    }
  }
  return best;
}

function misspelt(word: string, byLength: Map<string, Term[]>): Term | null {
  if (word.length < MIN_FUZZY || /\d/.test(word) || NOT_MISSPELLINGS.has(word) || GENERIC_WORDS.has(word))
    return null;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: Term | null = null;
  let bestDistance = allowed + 1;
  for (let len = word.length - allowed; len <= word.length + allowed; len += 1) {
    for (const term of byLength.get(fuzzyKey(word[0] ?? '', len)) ?? []) {
      const d = distance(word, term.tokens[0] ?? '');
      if (d > 0 && d < bestDistance) {
        best = term;
        bestDistance = d;
      }
    }
  }
  return best;
}

function negatedAt(tokens: Token[], start: number, end: number): boolean {
  const clause = tokens[start]?.clause;
  for (let k = start - 1; k >= 0 && tokens[k]?.clause === clause; k -= 1) {
    if (NEGATIONS.has(tokens[k]?.fold ?? '')) return true;
  }
  const next = tokens[end];
  return next !== undefined && next.clause === clause && TOLERATED.has(next.fold);
}

export interface ReadOptions {
  /** Report likely misspellings of known substances (patient text); off for product labels. */
  misspellings?: boolean;
}

export interface Reading {
  mentions: Mention[];
  /** Words not read as any known term, by clause, with whether a negation covers them. */
  rest: { fold: string; negated: boolean; clause: number }[];
}

/** Every known substance, class or condition named in the text, with the words that named it. */
export function readText(text: string, { misspellings = false }: ReadOptions = {}): Reading {
  const { byFirst, byLength } = theIndex();
  const tokens = tokenise(text);
  const mentions: Mention[] = [];
  const rest: Reading['rest'] = [];
  let i = 0;
  while (i < tokens.length) {
    const term = termAt(tokens, i, byFirst);
    const end = i + (term?.tokens.length ?? 1);
    const words = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join(' ');
    const negated = negatedAt(tokens, i, end);
    const token = tokens[i] as Token;
    if (term) {
      mentions.push({ entry: term.entry, words, how: term.how, negated });
    } else {
      const guess = misspellings ? misspelt(token.fold, byLength) : null;
      if (guess) mentions.push({ entry: guess.entry, words, how: 'misspelling', negated });
      else rest.push({ fold: token.fold, negated, clause: token.clause });
    }
    i = end;
  }
  return { mentions, rest };
}

const ENTRY_BY_ID = new Map(KNOWLEDGE_BASE.map((e) => [e.id, e]));
export const kbEntry = (id: string): KbEntry | undefined => ENTRY_BY_ID.get(id);

/** The substance itself and everything it contains (EMLA: lidocaine and prilocaine). */
export function constituents(entry: KbEntry): KbEntry[] {
  const parts = (entry.contains ?? []).map(kbEntry).filter((e): e is KbEntry => e !== undefined);
  return [entry, ...parts.flatMap(constituents)];
}
