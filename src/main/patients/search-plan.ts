import { PATIENT_SEARCH_TOTAL_CAP } from '../../shared/patients/schema';
import type { Db, Statement } from '../db/types';
import type { SearchIndex, SearchSql } from './search-query';

/**
 * How a search finds its page, in name order, chosen by how many patients its full-text lookups
 * match (measured at 100,000 patients, README "Performance"):
 * - `read`: few matches. The broadest lookup's matches are looked up by id in the narrow
 *   `patients_sort_key_by_id` index for their name-order key (about 0.3 µs a match), the page's
 *   ids sorted out of them, and only the page's rows read. Any other lookup's matches are gathered
 *   first, as a set each matched id is checked against: gathering costs about 0.12 µs a match and
 *   checking next to nothing, so the narrowest lookups are the ones gathered. Walking the
 *   name-order index instead would cross every patient sorted before the matches: 5 to 8 ms for a
 *   Greek or Cyrillic name, which sorts after every Latin one, and about 5 ms for the 3,400
 *   matches of "Y" (read: about 1.4 ms). Reading stays under about 2 ms up to READ_BELOW matches.
 * - `walk`: many matches. The name-order index is walked and each entry checked against the set of
 *   matches (built once, about 0.1 µs a match); the walk stops at the end of the page.
 * - `probe`: most of the clinic matches (a letter found in every e-mail address or patient number).
 *   Building the set would cost more than the page: each walked entry asks the full-text index
 *   whether it matches (about 18 µs), and few entries are walked before the page is full.
 *   Of M matches among N patients, the set costs about 0.12 µs × M and probing for a page of 100
 *   about 18 µs × 100 × N / M: probing is cheaper from M² > 15,000 × N on (39 % of 100,000
 *   patients; never at 10,000).
 */
export type SearchPlan = 'read' | 'walk' | 'probe';

/**
 * Below this many matches, and below a fifth of the clinic, a search reads its matches (see
 * SearchPlan): in a smaller clinic the walk is shorter (at most about 0.05 µs an entry), so
 * reading (about 0.35 µs a match) pays off only for fewer matches.
 */
export const READ_BELOW = 5000;
const READ_SHARE = 1 / 5;
/** A search probes from sqrt(PROBE_FACTOR × clinic size) matches on (see SearchPlan). */
const PROBE_FACTOR = 15_000;

const summaryColumns = (alias: string) =>
  [
    'id',
    'number',
    'first_name',
    'last_name',
    'preferred_name',
    'date_of_birth',
    'phone',
    'archived_at',
    'sort_key',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

/** The archived patients' ids, through their partial index: few, whatever the clinic's size. */
const ARCHIVED_IDS = 'SELECT id FROM patients INDEXED BY patients_archived WHERE archived_at IS NOT NULL';

/** The last this many patient ids are the sample a search's share of the clinic is estimated from. */
const SAMPLE = 4000;

const countSql = (index: SearchIndex, where: string) =>
  `SELECT count(*) FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? AND ${where})`;

/** A search's plan, and the search with its lookups broadest first (the order the plans want them in). */
export interface PlannedSearch {
  plan: SearchPlan;
  search: SearchSql;
}

/**
 * Picks a search's plan from its lookups' match counts: counted up to READ_BELOW (archived ones
 * too: leaving them out would double the cost of counting), then, to decide whether to probe,
 * estimated from the share of the last SAMPLE ids that match (the full-text index seeks there by
 * rowid): counting every match of a letter would cost more than probing saves. A whole date of
 * birth or patient number is read without counting: its full-text lookup, a phrase of eight or
 * more common trigrams, costs about 0.8 ms at 100,000 patients each time it runs.
 */
export function searchPlanner(db: Db, thresholds: { readBelow?: number; probeFrom?: number } = {}) {
  const statements = (index: SearchIndex) => ({
    upTo: db.prepare<[string, number], number>(countSql(index, '1 LIMIT ?')).pluck(),
    sample: db.prepare<[string, bigint], number>(countSql(index, 'rowid > ?')).pluck(),
  });
  const counters = { patients_fts: statements('patients_fts'), patients_words: statements('patients_words') };
  // The highest id ever given: the clinic's size, near enough to choose a plan.
  const size = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'patients'").pluck();
  const countedUpTo = (lookup: SearchSql['lookups'][number], readBelow: number) =>
    counters[lookup.index].upTo.get(lookup.match, readBelow) as number;
  const estimate = (lookup: SearchSql['lookups'][number], clinic: number) => {
    // As a BigInt: bound as a JS number (a REAL), the full-text index no longer seeks to the rowid
    // but reads every match (3.4 ms against 0.15 ms for a letter at 100,000 patients).
    const sampled = counters[lookup.index].sample.get(lookup.match, BigInt(clinic - SAMPLE)) as number;
    return (sampled * clinic) / Math.min(SAMPLE, clinic);
  };

  return (search: SearchSql): PlannedSearch => {
    if (search.lookups.length === 0) return { plan: 'walk', search };
    // Counting a date's or number's few matches would cost as much as reading them.
    if (search.identifying) return { plan: 'read', search };
    const clinic = (size.get() as number | undefined) ?? 0;
    const readBelow =
      thresholds.readBelow ?? Math.max(1, Math.min(READ_BELOW, Math.round(clinic * READ_SHARE)));
    const counted = search.lookups.map((lookup) => ({ lookup, count: countedUpTo(lookup, readBelow) }));
    counted.sort((a, b) => b.count - a.count);
    const ordered = { ...search, lookups: counted.map((c) => c.lookup) };
    if (counted.some((c) => c.count < readBelow)) return { plan: 'read', search: ordered };
    const probeFrom = thresholds.probeFrom ?? Math.sqrt(PROBE_FACTOR * clinic);
    const probe = search.lookups.every((l) => estimate(l, clinic) >= probeFrom);
    return { plan: probe ? 'probe' : 'walk', search: ordered };
  };
}

/**
 * The SQL of one page of a search under `plan`, and its parameters before the cursor's (when
 * `after`: the page starts after a (sort_key, id) in name order) and the LIMIT and OFFSET.
 * The `read` plan takes its lookups broadest first (see PlannedSearch).
 */
export function patientPageSql(
  search: SearchSql,
  includeArchived: boolean,
  plan: SearchPlan,
  after: boolean,
) {
  if (plan === 'read') return readPageSql(search, includeArchived, after);
  const terms: string[] = includeArchived ? [] : ['p.archived_at IS NULL'];
  const params: unknown[] = [];
  if (plan === 'probe') {
    for (const l of search.lookups) {
      terms.push(`EXISTS (SELECT 1 FROM ${l.index} WHERE ${l.index} MATCH ? AND rowid = p.id)`);
      params.push(l.match);
    }
    for (const f of search.filters) {
      terms.push(f.sql);
      params.push(f.param);
    }
  } else {
    terms.push(...search.where);
    params.push(...search.params);
  }
  if (after) terms.push(AFTER_CURSOR);
  const clause = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  const index = includeArchived ? 'patients_sort_all' : 'patients_sort_active';
  return {
    sql: `SELECT ${summaryColumns('p')} FROM patients p INDEXED BY ${index} ${clause} ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?`,
    params,
  };
}

const AFTER_CURSOR = '(p.sort_key, p.id) > (?, ?)';

/**
 * The `read` plan: the page's ids in name order from the first lookup's matches (the CROSS JOIN
 * keeps SQLite from walking the index and asking the full-text index about each entry), checked
 * against the other lookups' matches (`+` keeps each a set gathered once, not a lookup a row), the
 * filters (which read the row) and the cursor; then those few patients' rows.
 */
function readPageSql(search: SearchSql, includeArchived: boolean, after: boolean) {
  const [first, ...rest] = search.lookups;
  const terms = [
    ...(first ? [`d.${first.index} MATCH ?`] : []),
    // On d, not p: checked before the match is looked up in the index.
    ...rest.map((l) => `+d.rowid IN (SELECT rowid FROM ${l.index} WHERE ${l.index} MATCH ?)`),
    ...search.filters.map((f) => f.sql),
    ...(includeArchived ? [] : ['p.archived_at IS NULL']),
    ...(after ? [AFTER_CURSOR] : []),
  ];
  const index = 'patients p INDEXED BY patients_sort_key_by_id';
  const source = first ? `${first.index} d CROSS JOIN ${index} ON p.id = d.rowid` : index;
  const clause = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  const ids = `SELECT p.id FROM ${source} ${clause} ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?`;
  return {
    sql: `SELECT ${summaryColumns('page')} FROM patients page NOT INDEXED WHERE page.id IN (${ids}) ORDER BY page.sort_key, page.id`,
    params: [...search.lookups.map((l) => l.match), ...search.filters.map((f) => f.param)],
  };
}

/**
 * How many patients a search matches, counting no further than one past PATIENT_SEARCH_TOTAL_CAP.
 * A search made only of full-text lookups is counted in the full-text indexes (nanoseconds a match)
 * rather than by reading each match's row to see whether it is archived (microseconds a match).
 * The `+` keeps SQLite from running the second lookup once per rowid of the first; with the lookups
 * broadest first (see PlannedSearch), the set gathered is the narrower one's.
 */
export function patientCountSql(search: SearchSql, includeArchived: boolean) {
  const limit = `LIMIT ${PATIENT_SEARCH_TOTAL_CAP + 1}`;
  const [first, ...rest] = search.lookups;
  if (!first || search.filters.length > 0) {
    const where = includeArchived ? search.where : ['p.archived_at IS NULL', ...search.where];
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return {
      sql: `SELECT count(*) FROM (SELECT 1 FROM patients p ${clause} ${limit})`,
      params: search.params,
    };
  }
  const terms = [
    `f.${first.index} MATCH ?`,
    ...rest.map((l) => `+f.rowid IN (SELECT rowid FROM ${l.index} WHERE ${l.index} MATCH ?)`),
    ...(includeArchived ? [] : [`+f.rowid NOT IN (${ARCHIVED_IDS})`]),
  ];
  return {
    sql: `SELECT count(*) FROM (SELECT 1 FROM ${first.index} f WHERE ${terms.join(' AND ')} ${limit})`,
    params: search.lookups.map((l) => l.match),
  };
}

/** Prepared statements by their SQL: a search's few shapes are prepared once each. */
export function statementCache(db: Db) {
  const cache = new Map<string, Statement>();
  return (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
