import type { screeningContract } from '../../shared/screening/contract';
import { NOT_AUDITED, type Routes } from '../route';

export const screeningRoutes: Routes<typeof screeningContract> = {
  'screening.forPatient': [(s, i) => s.screening.forPatient(i.patientId, i.planned), NOT_AUDITED],
  'screening.decide': [
    (s, i) => s.screening.decide(i),
    (_i, decision) => ['create', 'flag-decision', decision.id],
  ],
};
