import type { Language } from '../../shared/language/languages';
import type {
  Patient,
  PatientChange,
  PatientChangeAction,
  PatientFieldChange,
  PatientFields,
  PatientSearchCursor,
  PatientSearchResult,
  PatientSummary,
  Sex,
} from '../../shared/patients/schema';
import { PATIENT_SEARCH_TOTAL_CAP } from '../../shared/patients/schema';
import type { Db } from '../db/types';
import { found } from '../errors';
import { groupBy } from '../kernel/group-by';
import { patientCountSql, patientPageSql, searchPlanner, statementCache } from './search-plan';
import { searchSql } from './search-query';
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

type SearchRow = PatientRow & { sort_key: string };

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
  const toChange = (r: { id: number; at: string; action: string; changes: string }): PatientChange => ({
    id: r.id,
    at: r.at,
    action: r.action as PatientChangeAction,
    changes: JSON.parse(r.changes) as PatientFieldChange[],
  });

  const planFor = searchPlanner(db);
  const statement = statementCache(db);

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

    /**
     * One page of a search in name order: after `after` (the previous page's `next`) or at `offset`.
     * Only a page without `after` counts the total, and no further than PATIENT_SEARCH_TOTAL_CAP.
     */
    search(
      query: string,
      includeArchived: boolean,
      offset: number,
      limit: number,
      after?: PatientSearchCursor,
    ): PatientSearchResult {
      const { plan, search } = planFor(searchSql(query));
      const page = patientPageSql(search, includeArchived, plan, after !== undefined);
      const cursor = after ? [after.key, after.id] : [];
      const rows = statement(page.sql).all(...page.params, ...cursor, limit, offset) as SearchRow[];
      const last = rows.length === limit ? rows.at(-1) : undefined;
      const next = last ? { key: last.sort_key, id: last.id } : null;
      const items = rows.map(toSummary);
      if (after) return { items, total: null, more: false, next };
      if (offset === 0 && rows.length < limit) return { items, total: rows.length, more: false, next };
      const count = patientCountSql(search, includeArchived);
      const matches = statement(count.sql)
        .pluck()
        .get(...count.params) as number;
      return {
        items,
        total: Math.min(matches, PATIENT_SEARCH_TOTAL_CAP),
        more: matches > PATIENT_SEARCH_TOTAL_CAP,
        next,
      };
    },
  };
}

export type PatientRepository = ReturnType<typeof createPatientRepository>;
