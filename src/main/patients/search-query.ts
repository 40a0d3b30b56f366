import { dmyToIso } from '../../shared/dates';
import { withoutUnsafeCharacters } from '../../shared/text/characters';
import { digitsOnly, foldText, searchTokens } from '../../shared/text/fold';

export type SearchIndex = 'patients_fts' | 'patients_words';

export interface SearchSql {
  /** Extra WHERE terms (ANDed) and their parameters. */
  where: string[];
  params: unknown[];
  /** The full-text lookups among those terms: the patients found are a subset of each one's matches. */
  lookups: { index: SearchIndex; match: string }[];
  /** The terms that are not full-text lookups (a LIKE on the search text), each with its parameter. */
  filters: { sql: string; param: unknown }[];
  /** The search is one whole date or patient number: few patients share one, whatever the clinic. */
  identifying: boolean;
}

const TRIGRAM_MIN = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PHONE_LIKE = /^[+()\d\s-]+$/;
const ISO_PARTIAL = /^\d{4}-\d{2}(-\d{2})?$/;
/** A whole date (as typed or as tokensFor writes a day-first one) or patient number, folded. */
const IDENTIFYING = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|p-?\d{6,})$/;

/**
 * Turns what the user typed into search terms. Tokens of three or more characters match anywhere
 * (trigram index); shorter ones match the start of a word (word-prefix index), which is both what a
 * user typing "ma" means and far cheaper than a scan.
 */
export function tokensFor(query: string): string[] {
  // A NUL inside an FTS5 MATCH string ends it early ("unterminated string"): such characters separate words.
  const trimmed = withoutUnsafeCharacters(query).trim();
  if (!trimmed) return [];
  const date = dmyToIso(trimmed);
  if (date) return [foldText(trimmed.replace(/[.-]/g, '/'))].map(padDmy);
  if (!ISO_PARTIAL.test(trimmed) && PHONE_LIKE.test(trimmed) && /\d/.test(trimmed)) {
    return [digitsOnly(trimmed)];
  }
  return searchTokens(trimmed);
}

const padDmy = (dmy: string): string =>
  dmy
    .split('/')
    .map((p, i) => (i < 2 ? p.padStart(2, '0') : p))
    .join('/');

const ftsPhrase = (token: string): string => `"${token.replaceAll('"', '""')}"`;
const likePattern = (token: string): string => `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchSql(query: string, alias = 'p'): SearchSql {
  const tokens = tokensFor(query);
  const where: string[] = [];
  const params: unknown[] = [];
  const lookups: SearchSql['lookups'] = [];
  const filters: SearchSql['filters'] = [];
  const long = tokens.filter((t) => [...t].length >= TRIGRAM_MIN);
  const short = tokens.filter((t) => [...t].length < TRIGRAM_MIN);
  const shortWords = short.filter((t) => WORD_CHAR.test(t));
  if (long.length) {
    const match = long.map(ftsPhrase).join(' AND ');
    where.push(`${alias}.id IN (SELECT rowid FROM patients_fts WHERE patients_fts MATCH ?)`);
    params.push(match);
    lookups.push({ index: 'patients_fts', match });
  }
  if (shortWords.length) {
    const match = shortWords.map((t) => `${ftsPhrase(t)}*`).join(' AND ');
    where.push(`${alias}.id IN (SELECT rowid FROM patients_words WHERE patients_words MATCH ?)`);
    params.push(match);
    lookups.push({ index: 'patients_words', match });
  }
  // A short token with no letter or digit (say "+" or "@") cannot use either index.
  for (const token of short.filter((t) => !WORD_CHAR.test(t))) {
    const filter = { sql: `${alias}.search_text LIKE ? ESCAPE '\\'`, param: likePattern(token) };
    where.push(filter.sql);
    params.push(filter.param);
    filters.push(filter);
  }
  const identifying = tokens.length === 1 && IDENTIFYING.test(tokens[0] as string);
  return { where, params, lookups, filters, identifying };
}
