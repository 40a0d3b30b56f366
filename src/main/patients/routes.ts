import type { patientsContract } from '../../shared/patients/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const patientRoutes: Routes<typeof patientsContract> = {
  'patients.search': [
    (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit),
    NOT_AUDITED,
  ],
  'patients.get': [(s, i) => s.patients.get(i.id), (_i, p) => ['open', 'patient', p.number]],
  'patients.create': [
    (s, i) => s.patients.create(i.fields, i.allowDuplicate),
    (_i, p) => ['create', 'patient', p.number],
  ],
  'patients.update': [
    (s, i) => s.patients.update(i.id, i.version, i.fields),
    (_i, p) => ['update', 'patient', p.number],
  ],
  'patients.archive': [(s, i) => s.patients.archive(i.id), (_i, p) => ['archive', 'patient', p.number]],
  'patients.restore': [(s, i) => s.patients.restore(i.id), (_i, p) => ['restore', 'patient', p.number]],
  'patients.history': [(s, i) => s.patients.history(i.id), NOT_AUDITED],
  'patients.erase': [
    (s, i) => s.erase(i.id, i.confirmNumber),
    (_i, erased) => ['erase', 'patient', erased.number],
  ],
};
