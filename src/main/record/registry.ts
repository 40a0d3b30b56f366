import { adverseEventRecords } from './adverse-events';
import {
  appointmentRecords,
  contactPreferenceRecords,
  recallReminderRecords,
  reminderRecords,
} from './appointments';
import { changeRecords } from './changes';
import { decisionRecords } from './decisions';
import { documentRecords } from './documents';
import { intakeRecords } from './intakes';
import { importedRecordRecords, signedPdfRecords } from './kept-files';
import {
  type ErasureStep,
  type FhirImport,
  isIncluded,
  type PatientRecordKind,
  type RecordMapper,
  type TimelineBranch,
} from './kind';
import { photoArchiveRecords, photoRecords, photoRestoreRecords } from './photos';
import { amendmentRecords, courseRecords } from './session-parts';
import { sessionRecords } from './sessions';

/**
 * Every kind of record that belongs to a patient. Exports, the timeline and re-import take them in this
 * order (a session before the adverse events that follow it); erasure takes them from the end, so a
 * record goes before the records it points at. A new kind (photos, appointments) is one entry here;
 * tests/unit/record-registry.test.ts fails while a table linked to patients has none.
 */
export const PATIENT_RECORDS: readonly PatientRecordKind[] = [
  intakeRecords,
  decisionRecords,
  courseRecords,
  sessionRecords,
  amendmentRecords,
  adverseEventRecords,
  appointmentRecords,
  reminderRecords,
  recallReminderRecords,
  contactPreferenceRecords,
  documentRecords,
  photoRecords,
  photoArchiveRecords,
  photoRestoreRecords,
  signedPdfRecords,
  changeRecords,
  importedRecordRecords,
];

/** Every exported record type, in the order they appear in the exports. */
export const RECORD_MAPPERS: readonly RecordMapper<unknown>[] = PATIENT_RECORDS.map((k) => k.export)
  .filter(isIncluded)
  .flat();

/** The timeline's branches, each with the SQL counting its rows. */
export const TIMELINE_BRANCHES: readonly Required<TimelineBranch>[] = PATIENT_RECORDS.flatMap((k) =>
  isIncluded(k.timeline)
    ? [k.timeline].flat().map((b) => ({
        ...b,
        count: b.count ?? `SELECT count(*) FROM ${k.table} WHERE patient_id = @patientId`,
      }))
    : [],
);

export const FHIR_IMPORTS: readonly FhirImport[] = PATIENT_RECORDS.map((k) => k.fhirImport).filter(
  isIncluded,
);

/** The DELETEs that erase a patient's records, the patient row itself last. */
export const ERASURE_STEPS: readonly ErasureStep[] = [
  ...[...PATIENT_RECORDS].reverse().flatMap((k) => k.erasure),
  { name: 'patients', sql: 'DELETE FROM patients WHERE id = ?' },
];
