import type { patientsContract } from '../../shared/patients/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const patientRoutes: Routes<typeof patientsContract> = {
  'patients.search': {
    handle: (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit),
    audit: NOT_AUDITED,
  },
  'patients.get': {
    handle: (s, i) => s.patients.get(i.id),
    audit: (_i, p) => ['open', 'patient', p.number],
  },
  'patients.create': {
    handle: (s, i) => s.patients.create(i.fields, i.allowDuplicate),
    audit: (_i, p) => ['create', 'patient', p.number],
  },
  'patients.update': {
    handle: (s, i) => s.patients.update(i.id, i.version, i.fields),
    audit: (_i, p) => ['update', 'patient', p.number],
  },
  'patients.archive': {
    handle: (s, i) => s.patients.archive(i.id),
    audit: (_i, p) => ['archive', 'patient', p.number],
  },
  'patients.restore': {
    handle: (s, i) => s.patients.restore(i.id),
    audit: (_i, p) => ['restore', 'patient', p.number],
  },
  'patients.history': {
    handle: (s, i) => s.patients.history(i.id),
    audit: NOT_AUDITED,
  },
  'patients.erase': {
    handle: (s, i) => s.erase(i.id, i.confirmNumber),
    audit: (_i, erased) => ['erase', 'patient', erased.number],
  },
};
