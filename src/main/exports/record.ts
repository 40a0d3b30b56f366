import type { DocumentRecord } from '../../shared/documents/schema';
import type { Intake } from '../../shared/intake/schema';
import type { Patient, PatientChange } from '../../shared/patients/schema';
import type { PhotoSkipRecord, PhotoSummary } from '../../shared/photos/schema';
import type { FlagDecision } from '../../shared/screening/schema';
import type { Settings } from '../../shared/settings/schema';
import type { AdverseEvent, Session } from '../../shared/treatments/schema';
import type { Db } from '../db/types';
import type { ContactPreferenceRecord } from '../diary/contact';
import type { AppointmentRecord, RecallReminderRecord } from '../diary/records';
import type { DocumentService } from '../documents/service';
import type { IntakeService } from '../intake/service';
import { groupBy } from '../kernel/group-by';
import type { PatientService } from '../patients/service';
import type { PhotoService } from '../photos/service';
import type { ScreeningService } from '../screening/service';
import type { LogoService } from '../settings/logo';
import type { SettingsService } from '../settings/service';
import type { AdverseEventService } from '../treatments/adverse-events';
import type { SessionService } from '../treatments/sessions';
import type { AdverseEventRecordPayload, SessionRecordPayload } from '../treatments/stored-records';

/** What an export reads from the services: their read parts only (see sources.ts). */
export interface ExportSources {
  patients: Pick<PatientService, 'get' | 'history' | 'ofRange'>;
  intakes: Pick<IntakeService, 'list' | 'get'>;
  screening: Pick<ScreeningService, 'history'>;
  documents: Pick<DocumentService, 'get' | 'listForPatient' | 'pdfBytes'>;
  settings: Pick<SettingsService, 'get'>;
  sessions: Pick<SessionService, 'list' | 'get' | 'storedRecord' | 'ofPatients'>;
  adverseEvents: Pick<AdverseEventService, 'list' | 'storedRecord'>;
  /** The diary's stored records of a patient. */
  diaryRecords: {
    appointments(patientId: number): AppointmentRecord[];
    contact(patientId: number): ContactPreferenceRecord[];
    recallReminders(patientId: number): RecallReminderRecord[];
  };
  photos: Pick<PhotoService, 'list' | 'thumbnailBytes' | 'imageBytes' | 'skipsOf'>;
}

export interface ExportDeps extends ExportSources {
  logos: Pick<LogoService, 'bytes'>;
  /** Exported from the sample clinic: the files say so, and a real clinic refuses to import them. */
  sampleClinic: boolean;
}

/** A photo with its thumbnail when the record PDF is drawn (the data part draws none: it reads none). */
export type ExportedPhoto = PhotoSummary & { thumbnail?: Buffer };

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
  /** Oldest first; photos archived as taken in error are left out. */
  photos: ExportedPhoto[];
  /** Protocol views skipped on purpose, with their reasons, oldest session first. */
  photoSkips: PhotoSkipRecord[];
  /** Sessions and adverse events row for row, by id: what a re-import of the FHIR bundle recreates. */
  stored?: {
    sessions: ReadonlyMap<number, SessionRecordPayload>;
    adverseEvents: ReadonlyMap<number, AdverseEventRecordPayload>;
  };
}

/** A session with its stored record, as the record's sessions are read. */
interface ReadSession {
  session: Session;
  stored: SessionRecordPayload;
}

/**
 * The record of one patient from its row, changes and sessions; the other kinds through their services.
 * `has(table)` false skips a kind the patient has no rows of (its list is empty without asking).
 */
function assembleRecord(
  s: ExportSources,
  patient: Patient,
  changes: PatientChange[],
  read: ReadSession[],
  has: (table: string) => boolean,
  thumbnails: boolean,
): PatientRecord {
  const patientId = patient.id;
  const sessions = read
    .map((r) => r.session)
    .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.id - b.id);
  const adverseEvents = has('adverse_events')
    ? s.adverseEvents.list(patientId).sort((a, b) => a.onsetDate.localeCompare(b.onsetDate) || a.id - b.id)
    : [];
  const intakes = has('intakes')
    ? s.intakes
        .list(patientId)
        .map((summary) => s.intakes.get(summary.id))
        .sort((a, b) => a.id - b.id)
    : [];
  return {
    patient,
    changes,
    intakes,
    decisions: intakes.flatMap((intake) => s.screening.history(intake.id)),
    documents: has('documents')
      ? s.documents
          .listForPatient(patientId)
          .map((d) => s.documents.get(d.id))
          .sort((a, b) => a.id - b.id)
      : [],
    sessions,
    adverseEvents,
    appointments: has('appointments') ? s.diaryRecords.appointments(patientId) : [],
    contactPreferences: has('patient_contact_preferences') ? s.diaryRecords.contact(patientId) : [],
    recallReminders: has('recall_reminders') ? s.diaryRecords.recallReminders(patientId) : [],
    photos: has('photos')
      ? s.photos
          .list(patientId)
          .reverse()
          .map((p) => (thumbnails ? { ...p, thumbnail: s.photos.thumbnailBytes(p.id) } : p))
      : [],
    // Skips belong to a session's protocol: a patient without sessions has none.
    photoSkips: read.length ? s.photos.skipsOf(patientId) : [],
    stored: {
      sessions: new Map(read.map((r) => [r.session.id, r.stored])),
      adverseEvents: new Map(adverseEvents.map((e) => [e.id, s.adverseEvents.storedRecord(e.id)])),
    },
  };
}

export function loadPatientRecord(s: ExportSources, patientId: number): PatientRecord {
  const read = s.sessions.list(patientId).map((summary) => ({
    session: s.sessions.get(summary.id),
    stored: s.sessions.storedRecord(summary.id),
  }));
  const changes = s.patients.history(patientId).sort((a, b) => a.id - b.id);
  return assembleRecord(s, s.patients.get(patientId), changes, read, () => true, true);
}

/** The tables whose rows the record's other kinds read, each asked once per page which patients have any. */
const PAGED_TABLES = [
  'adverse_events',
  'intakes',
  'documents',
  'appointments',
  'patient_contact_preferences',
  'recall_reminders',
  'photos',
] as const;

/**
 * The records of the patients with ids first..last, in id order, for the whole-clinic export: patients,
 * changes and sessions (the bulk of a clinic) read table-wide for the page; the other kinds through their
 * services, and only for the patients that have rows of them. Photos' thumbnails are read only for the
 * record PDFs (`thumbnails`): the data part writes none.
 */
export function createRecordPageReader(db: Db, s: ExportSources, { thumbnails }: { thumbnails: boolean }) {
  const holders = PAGED_TABLES.map(
    (table) =>
      [
        table,
        db
          .prepare<[number, number], number>(
            `SELECT DISTINCT patient_id FROM ${table} WHERE patient_id BETWEEN ? AND ?`,
          )
          .pluck(),
      ] as const,
  );
  return (first: number, last: number): PatientRecord[] => {
    const present = new Map(holders.map(([table, query]) => [table, new Set(query.all(first, last))]));
    const sessions = groupBy(s.sessions.ofPatients(first, last), (r) => r.session.patientId);
    return s.patients
      .ofRange(first, last)
      .map(({ patient, changes }) =>
        assembleRecord(
          s,
          patient,
          changes,
          sessions.get(patient.id) ?? [],
          (table) => Boolean(present.get(table as (typeof PAGED_TABLES)[number])?.has(patient.id)),
          thumbnails,
        ),
      );
  };
}

export type { Settings };
