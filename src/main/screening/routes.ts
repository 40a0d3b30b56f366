import type { screeningContract } from '../../shared/screening/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const screeningRoutes: Routes<typeof screeningContract> = {
  'screening.forPatient': {
    handle: (s, i) => s.screening.forPatient(i.patientId, i.planned),
    audit: NOT_AUDITED,
  },
  'screening.decide': {
    handle: (s, i) => s.screening.decide(i),
    audit: (_i, decision) => ['create', 'flag-decision', decision.id],
  },
};
