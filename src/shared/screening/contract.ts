import { call } from '../api/call';
import {
  type FlagDecision,
  flagDecisionSchema,
  type ScreeningResult,
  screeningForPatientSchema,
} from './schema';

export const screeningContract = {
  'screening.forPatient': call<typeof screeningForPatientSchema, ScreeningResult>(screeningForPatientSchema),
  'screening.decide': call<typeof flagDecisionSchema, FlagDecision>(flagDecisionSchema),
} as const;
