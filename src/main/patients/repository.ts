import type { Language } from '../../shared/language/languages';
import type {
  Patient,
  PatientChange,
  PatientChangeAction,
  PatientFieldChange,
  PatientFields,
  PatientSummary,
  Sex,
} from '../../shared/patients/schema';
import type { Db, Statement } from '../db/types';
import { found } from '../errors';
import { groupBy } from '../kernel/group-by';
import { type SearchIndex, type SearchSql, searchSql } from './search-query';
import { buildNameKey, buildSearchText, buildSortKey } from './search-text';

interface PatientRow {
  id: number;
  uid: string;
  number: string;
  first_name: string | null;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  sex: Sex;
  phone: string | null;
  email: string | null;
  address: string | null;
  emergency_contact_name: string | null;
  emergency_contact_phone: string | null;
  gp_name: string | null;
  notes: string | null;
  preferred_language: Language;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  version: number;
}

const SUMMARY_COLUMNS =
  'p.id, p.number, p.first_name, p.last_name, p.preferred_name, p.date_of_birth, p.phone, p.archived_at';

const toPatient = (r: PatientRow): Patient => ({
  id: r.id,
  uid: r.uid,
  number: r.number,
  firstName: r.first_name,
  lastName: r.last_name,
  preferredName: r.preferred_name,
  dateOfBirth: r.date_of_birth,
  sex: r.sex,
  phone: r.phone,
  email: r.email,
  address: r.address,
  emergencyContactName: r.emergency_contact_name,
  emergencyContactPhone: r.emergency_contact_phone,
  gpName: r.gp_name,
  notes: r.notes,
  preferredLanguage: r.preferred_language,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
  version: r.version,
});

const toSummary = (r: PatientRow): PatientSummary => ({
  id: r.id,
  number: r.number,
  firstName: r.first_name,
  lastName: r.last_name,
  preferredName: r.preferred_name,
  dateOfBirth: r.date_of_birth,
  phone: r.phone,
  archivedAt: r.archived_at,
});

const fieldColumns = (f: PatientFields, number: string) => ({
  first_name: f.firstName,
  last_name: f.lastName,
  preferred_name: f.preferredName,
  date_of_birth: f.dateOfBirth,
  sex: f.sex,
  phone: f.phone,
  email: f.email,
  address: f.address,
  emergency_contact_name: f.emergencyContactName,
  emergency_contact_phone: f.emergencyContactPhone,
  gp_name: f.gpName,
  notes: f.notes,
  preferred_language: f.preferredLanguage ?? 'en',
  sort_key: buildSortKey(f),
  name_key: buildNameKey(f),
  search_text: buildSearchText(f, number),
});

/**
 * Below this many full-text matches a search reads its matches and sorts them; from it on it walks
 * the name-order index and stops at the page size. A rare name then never walks the whole index
 * (5 to 10 ms at 100,000 patients), a broad prefix never sorts tens of thousands. Reading a match
 * costs about 20 times stepping over an index entry (2.3 against 0.11 µs at 100,000 patients); over
 * the bench's realistic queries at 100,000 patients, 1,000 gave a lower median and p95 than 5,000
 * or 10,000 (most broad matches are Latin names, met early in the walk).
 */
export const NARROW_SEARCH = 1000;

/** How many patients one full-text lookup matches, counting no further than NARROW_SEARCH. */
const cappedMatchesSql = (index: SearchIndex) =>
  `SELECT count(*) FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ${NARROW_SEARCH})`;

/** Whether a search's matches are few enough to read and sort (see NARROW_SEARCH). */
export function searchPlanner(db: Db) {
  const capped = {
    patients_fts: db.prepare<[string], number>(cappedMatchesSql('patients_fts')).pluck(),
    patients_words: db.prepare<[string], number>(cappedMatchesSql('patients_words')).pluck(),
  };
  return (lookups: SearchSql['lookups']): boolean =>
    lookups.some((l) => (capped[l.index].get(l.match) as number) < NARROW_SEARCH);
}

/** The archived patients' ids, through their partial index: few, whatever the clinic's size. */
const ARCHIVED_IDS = 'SELECT id FROM patients INDEXED BY patients_archived WHERE archived_at IS NOT NULL';

/**
 * The total of a search made only of full-text lookups is counted in the full-text indexes (a few
 * nanoseconds per match) rather than by reading each matching patient's row to see whether it is
 * archived (microseconds per match: 50 ms for a one-letter query at 100,000 patients). The `+` keeps
 * SQLite from running the second lookup once per rowid of the first.
 */
function lookupCountSql(lookups: SearchSql['lookups'], includeArchived: boolean): string {
  const [first, ...rest] = lookups;
  if (!first) throw new Error('lookupCountSql needs a lookup');
  const terms = [
    `f.${first.index} MATCH ?`,
    ...rest.map((l) => `+f.rowid IN (SELECT rowid FROM ${l.index} WHERE ${l.index} MATCH ?)`),
    ...(includeArchived ? [] : [`+f.rowid NOT IN (${ARCHIVED_IDS})`]),
  ];
  return `SELECT count(*) AS n FROM ${first.index} f WHERE ${terms.join(' AND ')}`;
}

/**
 * The list and count SQL for a search, reading the matches (narrow) or walking the name-order index,
 * with the parameters of each.
 */
export function patientSearchSql(search: SearchSql, includeArchived: boolean, narrow = false) {
  const where = includeArchived ? search.where : ['p.archived_at IS NULL', ...search.where];
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const index = includeArchived ? 'patients_sort_all' : 'patients_sort_active';
  const source = narrow ? 'patients p NOT INDEXED' : `patients p INDEXED BY ${index}`;
  const onlyLookups = search.lookups.length > 0 && search.lookups.length === search.where.length;
  return {
    listSql: `SELECT ${SUMMARY_COLUMNS} FROM ${source} ${clause} ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?`,
    params: search.params,
    countSql: onlyLookups
      ? lookupCountSql(search.lookups, includeArchived)
      : `SELECT count(*) AS n FROM patients p ${clause}`,
    countParams: onlyLookups ? search.lookups.map((l) => l.match) : search.params,
  };
}

/** Data access for the patient aggregate. Callers own the transaction. */
export function createPatientRepository(db: Db) {
  const byId = db.prepare<[number], PatientRow>('SELECT * FROM patients WHERE id = ?');
  const nextSeq = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'patients'");
  const insert = db.prepare(`
    INSERT INTO patients (uid, number, first_name, last_name, preferred_name, date_of_birth, sex, phone,
      email, address, emergency_contact_name, emergency_contact_phone, gp_name, notes, preferred_language,
      sort_key, name_key, search_text, created_at, updated_at)
    VALUES (@uid, @number, @first_name, @last_name, @preferred_name, @date_of_birth, @sex, @phone, @email,
      @address, @emergency_contact_name, @emergency_contact_phone, @gp_name, @notes, @preferred_language,
      @sort_key, @name_key,
      @search_text, @now, @now)`);
  const update = db.prepare(`
    UPDATE patients SET first_name = @first_name, last_name = @last_name, preferred_name = @preferred_name,
      date_of_birth = @date_of_birth, sex = @sex, phone = @phone, email = @email, address = @address,
      emergency_contact_name = @emergency_contact_name, emergency_contact_phone = @emergency_contact_phone,
      gp_name = @gp_name, notes = @notes,
      preferred_language = @preferred_language, sort_key = @sort_key, name_key = @name_key,
      search_text = @search_text, updated_at = @now, version = version + 1
    WHERE id = @id`);
  const setArchived = db.prepare(
    'UPDATE patients SET archived_at = ?, updated_at = ?, version = version + 1 WHERE id = ?',
  );
  const duplicates = db.prepare<[string, string], PatientRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM patients p WHERE p.name_key = ? AND p.date_of_birth = ? ORDER BY p.id`,
  );
  const insertChange = db.prepare(
    'INSERT INTO patient_changes (patient_id, at, action, changes) VALUES (?, ?, ?, ?)',
  );
  const changes = db.prepare<[number], { id: number; at: string; action: string; changes: string }>(
    'SELECT id, at, action, changes FROM patient_changes WHERE patient_id = ? ORDER BY id DESC',
  );
  const inRange = db.prepare<[number, number], PatientRow>(
    'SELECT * FROM patients WHERE id BETWEEN ? AND ? ORDER BY id',
  );
  const changesInRange = db.prepare<
    [number, number],
    { id: number; patient_id: number; at: string; action: string; changes: string }
  >(
    'SELECT id, patient_id, at, action, changes FROM patient_changes WHERE patient_id BETWEEN ? AND ? ORDER BY id',
  );
  const searchCache = new Map<string, { list: Statement; count: Statement }>();
  const toChange = (r: { id: number; at: string; action: string; changes: string }): PatientChange => ({
    id: r.id,
    at: r.at,
    action: r.action as PatientChangeAction,
    changes: JSON.parse(r.changes) as PatientFieldChange[],
  });

  const isNarrow = searchPlanner(db);

  function searchStatements(search: SearchSql, includeArchived: boolean, narrow: boolean) {
    const { listSql, countSql, params, countParams } = patientSearchSql(search, includeArchived, narrow);
    let cached = searchCache.get(listSql);
    if (!cached) {
      cached = { list: db.prepare(listSql), count: db.prepare(countSql).pluck() };
      searchCache.set(listSql, cached);
    }
    return { ...cached, params, countParams };
  }

  function get(id: number): Patient | undefined {
    const row = byId.get(id);
    return row && toPatient(row);
  }

  return {
    get,
    /** The patient, or NOT_FOUND. */
    must: (id: number): Patient => found(get(id), 'patient'),

    nextNumberSeed(): number {
      return (nextSeq.get()?.seq ?? 0) + 1;
    },

    insert(uid: string, number: string, fields: PatientFields, now: string): number {
      const info = insert.run({ uid, number, now, ...fieldColumns(fields, number) });
      return Number(info.lastInsertRowid);
    },

    update(id: number, number: string, fields: PatientFields, now: string): void {
      update.run({ id, now, ...fieldColumns(fields, number) });
    },

    setArchived(id: number, archivedAt: string | null, now: string): void {
      setArchived.run(archivedAt, now, id);
    },

    findDuplicates(fields: Pick<PatientFields, 'firstName' | 'lastName' | 'dateOfBirth'>): PatientSummary[] {
      return duplicates.all(buildNameKey(fields), fields.dateOfBirth).map(toSummary);
    },

    recordChange(
      patientId: number,
      at: string,
      action: PatientChangeAction,
      fieldChanges: PatientFieldChange[],
    ): void {
      insertChange.run(patientId, at, action, JSON.stringify(fieldChanges));
    },

    history(patientId: number): PatientChange[] {
      return changes.all(patientId).map(toChange);
    },
    /** The patients with ids first..last, each with its changes oldest first: two queries for the page. */
    ofRange(first: number, last: number): { patient: Patient; changes: PatientChange[] }[] {
      const changes = groupBy(changesInRange.all(first, last), (r) => r.patient_id);
      return inRange.all(first, last).map((r) => ({
        patient: toPatient(r),
        changes: (changes.get(r.id) ?? []).map(toChange),
      }));
    },

    search(query: string, includeArchived: boolean, offset: number, limit: number) {
      const search = searchSql(query);
      const s = searchStatements(search, includeArchived, isNarrow(search.lookups));
      const items = (s.list.all(...s.params, limit, offset) as PatientRow[]).map(toSummary);
      const total =
        offset === 0 && items.length < limit ? items.length : (s.count.get(...s.countParams) as number);
      return { items, total };
    },
  };
}

export type PatientRepository = ReturnType<typeof createPatientRepository>;
