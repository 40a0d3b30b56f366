import { erasePatientRows, type PatientRecordKind, partOfOtherRecords } from './kind';

/** A session's course: exported and re-imported with the sessions given under it. */
export const courseRecords = partOfOtherRecords('courses', 'courses', {
  timeline: 'each session in the timeline names its course',
  export: 'exported with each session given under it',
  fhirImport: 're-imported with its sessions',
});

/** A correction added to a signed session. */
export const amendmentRecords: PatientRecordKind = {
  table: 'session_amendments',
  timeline: {
    kind: 'amendment',
    select: `SELECT 'amendment', id, created_at, created_at, '', session_id, NULL, NULL, NULL
    FROM session_amendments WHERE patient_id = @patientId`,
  },
  export: { notIncluded: 'exported with the session it amends' },
  fhirImport: { notIncluded: 're-imported with the session it amends' },
  erasure: [erasePatientRows('amendments', 'session_amendments')],
};
