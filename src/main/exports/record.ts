import type { DocumentRecord } from '../../shared/documents/schema';
import type { Intake } from '../../shared/intake/schema';
import type { Patient, PatientChange } from '../../shared/patients/schema';
import type { PhotoSummary } from '../../shared/photos/schema';
import type { FlagDecision } from '../../shared/screening/schema';
import type { Settings } from '../../shared/settings/schema';
import type { AdverseEvent, Session } from '../../shared/treatments/schema';
import type { ContactPreferenceRecord } from '../diary/contact';
import type { AppointmentRecord, RecallReminderRecord } from '../diary/records';
import type { DocumentService } from '../documents/service';
import type { IntakeService } from '../intake/service';
import type { PatientService } from '../patients/service';
import type { PhotoService } from '../photos/service';
import type { ScreeningService } from '../screening/service';
import type { SettingsService } from '../settings/service';
import type { AdverseEventService } from '../treatments/adverse-events';
import type { SessionService } from '../treatments/sessions';
import type { AdverseEventRecordPayload, SessionRecordPayload } from '../treatments/stored-records';

/** The services an export reads from. */
export interface ExportSources {
  patients: PatientService;
  intakes: IntakeService;
  screening: ScreeningService;
  documents: DocumentService;
  settings: SettingsService;
  sessions: SessionService;
  adverseEvents: AdverseEventService;
  /** The diary's stored records of a patient. */
  diaryRecords: {
    appointments(patientId: number): AppointmentRecord[];
    contact(patientId: number): ContactPreferenceRecord[];
    recallReminders(patientId: number): RecallReminderRecord[];
  };
  photos: PhotoService;
}

/** A photo with its thumbnail, for the record PDF. */
export type ExportedPhoto = PhotoSummary & { thumbnail: Buffer };

/** Everything the clinic holds about one patient, loaded once per export. */
export interface PatientRecord {
  patient: Patient;
  changes: PatientChange[];
  intakes: Intake[];
  decisions: FlagDecision[];
  documents: DocumentRecord[];
  /** Signed sessions and drafts, oldest first. */
  sessions: Session[];
  adverseEvents: AdverseEvent[];
  appointments: AppointmentRecord[];
  contactPreferences: ContactPreferenceRecord[];
  recallReminders: RecallReminderRecord[];
  /** Oldest first. */
  photos: ExportedPhoto[];
  /** Sessions and adverse events row for row, by id: what a re-import of the FHIR bundle recreates. */
  stored?: {
    sessions: ReadonlyMap<number, SessionRecordPayload>;
    adverseEvents: ReadonlyMap<number, AdverseEventRecordPayload>;
  };
}

export function loadPatientRecord(s: ExportSources, patientId: number): PatientRecord {
  const patient = s.patients.get(patientId);
  const sessions = s.sessions
    .list(patientId)
    .map((summary) => s.sessions.get(summary.id))
    .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.id - b.id);
  const adverseEvents = s.adverseEvents
    .list(patientId)
    .sort((a, b) => a.onsetDate.localeCompare(b.onsetDate) || a.id - b.id);
  const intakes = s.intakes
    .list(patientId)
    .map((summary) => s.intakes.get(summary.id))
    .sort((a, b) => a.id - b.id);
  return {
    patient,
    changes: s.patients.history(patientId).sort((a, b) => a.id - b.id),
    intakes,
    decisions: intakes.flatMap((intake) => s.screening.history(intake.id)),
    documents: s.documents
      .listForPatient(patientId)
      .map((d) => s.documents.get(d.id))
      .sort((a, b) => a.id - b.id),
    sessions,
    adverseEvents,
    appointments: s.diaryRecords.appointments(patientId),
    contactPreferences: s.diaryRecords.contact(patientId),
    recallReminders: s.diaryRecords.recallReminders(patientId),
    photos: s.photos
      .list(patientId)
      .reverse()
      .map((p) => ({ ...p, thumbnail: s.photos.thumbnailBytes(p.id) })),
    stored: {
      sessions: new Map(sessions.map((x) => [x.id, s.sessions.storedRecord(x.id)])),
      adverseEvents: new Map(adverseEvents.map((e) => [e.id, s.adverseEvents.storedRecord(e.id)])),
    },
  };
}

export type { Settings };
