import { call } from '../api/call';
import * as s from './schema';

export const patientsContract = {
  'patients.search': call(s.patientSearchSchema).returns<s.PatientSearchResult>(),
  'patients.get': call(s.patientIdSchema).returns<s.Patient>(),
  'patients.create': call(s.patientCreateSchema).returns<s.Patient>(),
  'patients.update': call(s.patientUpdateSchema).returns<s.Patient>(),
  'patients.archive': call(s.patientIdSchema).returns<s.Patient>(),
  'patients.restore': call(s.patientIdSchema).returns<s.Patient>(),
  'patients.history': call(s.patientIdSchema).returns<s.PatientChange[]>(),
  /** Removes the patient and every linked record; the patient number must be typed to confirm. */
  'patients.erase': call(s.patientEraseSchema).returns<s.PatientErasure>(),
} as const;
