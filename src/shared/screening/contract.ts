import { call } from '../api/call';
import * as s from './schema';

export const screeningContract = {
  'screening.forPatient': call(s.screeningForPatientSchema).returns<s.ScreeningResult>(),
  'screening.decide': call(s.flagDecisionSchema).returns<s.FlagDecision>(),
} as const;
