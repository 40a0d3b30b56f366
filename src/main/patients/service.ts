import {
  type DuplicateDetails,
  PATIENT_FIELD_NAMES,
  type Patient,
  type PatientChange,
  type PatientFieldChange,
  type PatientFields,
} from '../../shared/patients/schema';
import { AppError, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { createPatientRepository } from './repository';
import { formatPatientNumber } from './search-text';

/** Re-exported while branches that import it from here merge; new code imports main/kernel/service-deps. */
export type { ServiceDeps } from '../kernel/service-deps';

const CHANGE_FIELDS = PATIENT_FIELD_NAMES;

function diff(before: PatientFields, after: PatientFields): PatientFieldChange[] {
  return CHANGE_FIELDS.filter((f) => (before[f] ?? null) !== (after[f] ?? null)).map((field) => ({
    field,
    from: before[field] ?? null,
    to: after[field] ?? null,
  }));
}

const fieldsOf = (p: Patient): PatientFields =>
  Object.fromEntries(CHANGE_FIELDS.map((f) => [f, p[f]])) as unknown as PatientFields;

/** The patient registry: create, edit, archive and restore, each one transaction with its history. */
export function createPatientService({ db, now, newId }: ServiceDeps) {
  const repo = createPatientRepository(db);
  const stamp = () => now().toISOString();

  const mustGet = (id: number): Patient => found(repo.get(id), 'patient');

  const create = db.transaction((fields: PatientFields, allowDuplicate: boolean): Patient => {
    if (!allowDuplicate) {
      const matches = repo.findDuplicates(fields);
      if (matches.length) {
        const details: DuplicateDetails = { kind: 'duplicate-patient', matches };
        throw new AppError('CONFLICT', 'errors.duplicatePatient', undefined, details);
      }
    }
    const at = stamp();
    const number = formatPatientNumber(repo.nextNumberSeed());
    const id = repo.insert(newId(), number, fields, at);
    repo.recordChange(id, at, 'created', diff(emptyFields(), fields));
    return mustGet(id);
  });

  const update = db.transaction((id: number, version: number, fields: PatientFields): Patient => {
    const current = mustGet(id);
    if (current.version !== version) {
      throw new AppError('CONFLICT', 'errors.staleEdit', undefined, { kind: 'stale', current });
    }
    const changes = diff(fieldsOf(current), fields);
    if (changes.length === 0) return current;
    const at = stamp();
    repo.update(id, current.number, fields, at);
    repo.recordChange(id, at, 'updated', changes);
    return mustGet(id);
  });

  const setArchived = db.transaction((id: number, archive: boolean): Patient => {
    const current = mustGet(id);
    if (archive === (current.archivedAt !== null)) return current;
    const at = stamp();
    repo.setArchived(id, archive ? at : null, at);
    repo.recordChange(id, at, archive ? 'archived' : 'restored', []);
    return mustGet(id);
  });

  return {
    get: mustGet,
    create: (fields: PatientFields, allowDuplicate = false) => create(fields, allowDuplicate),
    update: (id: number, version: number, fields: PatientFields) => update(id, version, fields),
    archive: (id: number) => setArchived(id, true),
    restore: (id: number) => setArchived(id, false),
    history(id: number): PatientChange[] {
      mustGet(id);
      return repo.history(id);
    },
    /** The patients with ids first..last and their changes, oldest first (the whole-clinic export's pages). */
    ofRange: (first: number, last: number) => repo.ofRange(first, last),
    /** One page of a search (see the repository's): read-only, no transaction needed. */
    search: repo.search,
  };
}

export type PatientService = ReturnType<typeof createPatientService>;

function emptyFields(): PatientFields {
  return Object.fromEntries(CHANGE_FIELDS.map((f) => [f, null])) as unknown as PatientFields;
}
