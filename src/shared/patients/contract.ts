import { call } from '../api/call';
import { idInput } from '../kernel/record-inputs';
import * as s from './schema';

export const patientsContract = {
  'patients.search': call(s.patientSearchSchema).returns<s.PatientSearchResult>(),
  'patients.get': call(idInput).returns<s.Patient>(),
  'patients.create': call(s.patientCreateSchema).returns<s.Patient>(),
  'patients.update': call(s.patientUpdateSchema).returns<s.Patient>(),
  'patients.archive': call(idInput).returns<s.Patient>(),
  'patients.restore': call(idInput).returns<s.Patient>(),
  'patients.history': call(idInput).returns<s.PatientChange[]>(),
  /** Removes the patient and every linked record; the patient number must be typed to confirm. */
  'patients.erase': call(s.patientEraseSchema).returns<s.PatientErasure>(),
} as const;
