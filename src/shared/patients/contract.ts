import { call } from '../api/call';
import {
  type Patient,
  type PatientChange,
  type PatientErasure,
  type PatientSearchResult,
  patientCreateSchema,
  patientEraseSchema,
  patientIdSchema,
  patientSearchSchema,
  patientUpdateSchema,
} from './schema';

export const patientsContract = {
  'patients.search': call<typeof patientSearchSchema, PatientSearchResult>(patientSearchSchema),
  'patients.get': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.create': call<typeof patientCreateSchema, Patient>(patientCreateSchema),
  'patients.update': call<typeof patientUpdateSchema, Patient>(patientUpdateSchema),
  'patients.archive': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.restore': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.history': call<typeof patientIdSchema, PatientChange[]>(patientIdSchema),
  /** Removes the patient and every linked record; the patient number must be typed to confirm. */
  'patients.erase': call<typeof patientEraseSchema, PatientErasure>(patientEraseSchema),
} as const;
