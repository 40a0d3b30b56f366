import { erasePatientRows, type PatientRecordKind } from './kind';

/** A session's course: exported and re-imported with the sessions given under it. */
export const courseRecords: PatientRecordKind = {
  table: 'courses',
  timeline: { notIncluded: 'each session in the timeline names its course' },
  export: { notIncluded: 'exported with each session given under it' },
  fhirImport: { notIncluded: 're-imported with its sessions' },
  erasure: [erasePatientRows('courses', 'courses')],
};

/** A correction added to a signed session. */
export const amendmentRecords: PatientRecordKind = {
  table: 'session_amendments',
  timeline: {
    kind: 'amendment',
    select: `SELECT 'amendment', id, created_at, created_at, '', session_id, NULL
    FROM session_amendments WHERE patient_id = @patientId`,
  },
  export: { notIncluded: 'exported with the session it amends' },
  fhirImport: { notIncluded: 're-imported with the session it amends' },
  erasure: [erasePatientRows('amendments', 'session_amendments')],
};
