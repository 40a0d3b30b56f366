import type { patientsContract } from '../../shared/patients/contract';
import { auditOutput, NOT_AUDITED, type Routes } from '../route';

export const patientRoutes: Routes<typeof patientsContract> = {
  'patients.search': [
    (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit, i.after),
    NOT_AUDITED,
  ],
  'patients.get': [(s, i) => s.patients.get(i.id), auditOutput('open', 'patient', 'number')],
  'patients.create': [
    (s, i) => s.patients.create(i.fields, i.allowDuplicate),
    auditOutput('create', 'patient', 'number'),
  ],
  'patients.update': [
    (s, i) => s.patients.update(i.id, i.version, i.fields),
    auditOutput('update', 'patient', 'number'),
  ],
  'patients.archive': [(s, i) => s.patients.archive(i.id), auditOutput('archive', 'patient', 'number')],
  'patients.restore': [(s, i) => s.patients.restore(i.id), auditOutput('restore', 'patient', 'number')],
  'patients.history': [(s, i) => s.patients.history(i.id), NOT_AUDITED],
  'patients.erase': [
    (s, i) => s.erase(i.id, i.confirmNumber),
    (_i, erased) => ['erase', 'patient', erased.number],
  ],
};
