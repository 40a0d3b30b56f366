import { type Appointment, REMINDER_CHANNELS, type ReminderChannel } from '../../shared/diary/schema';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { StoredCourse } from '../treatments/stored-records';
import type { ContactPreferenceRecord } from './contact';

/** An appointment exactly as stored, with its reminders: what the FHIR export carries and re-import recreates. */
export interface AppointmentRecord extends Omit<Appointment, 'patientId' | 'courseId' | 'version'> {
  format: 'mesodesk.appointment-record/1';
  uid: string;
  /** The course it serves, as stored, so a re-import can recreate it. */
  course: StoredCourse | null;
  indication: string | null;
  sessionUid: string | null;
  reminders: { channel: ReminderChannel; sentAt: string; sentBy: string }[];
}

interface Row extends Omit<AppointmentRecord, 'format' | 'reminders' | 'course'> {
  reminders: string;
  course: string | null;
}

/** A patient's appointments, oldest first, as stored records. */
export function createAppointmentRecords(db: Db) {
  const rows = db.prepare<[number], Row>(`
    SELECT a.id, a.uid,
      CASE WHEN c.id IS NOT NULL THEN json_object('uid', c.uid, 'planJson', c.plan_json, 'startDate', c.start_date,
        'status', c.status, 'sessionsDone', c.sessions_done, 'nextPhase', c.next_phase, 'nextNumber', c.next_number,
        'nextDueDate', c.next_due_date, 'nextLatestDate', c.next_latest_date, 'createdAt', c.created_at,
        'updatedAt', c.updated_at) END AS course, json_extract(c.plan_json, '$.indication') AS indication,
      a.session_number AS sessionNumber, json_extract(c.plan_json, '$.plannedSessions') AS plannedSessions,
      s.uid AS sessionUid, a.session_id AS sessionId, a.type, a.starts_at AS startsAt, a.ends_at AS endsAt, a.local_date AS date,
      a.local_time AS time, a.duration_min AS durationMin, a.time_zone AS timeZone, a.status,
      a.cancel_reason AS cancelReason, a.note, a.created_at AS createdAt, a.updated_at AS updatedAt,
      (SELECT json_group_array(json_object('channel', r.channel, 'sentAt', r.sent_at, 'sentBy', r.sent_by))
       FROM appointment_reminders r WHERE r.appointment_id = a.id) AS reminders
    FROM appointments a LEFT JOIN courses c ON c.id = a.course_id LEFT JOIN sessions s ON s.id = a.session_id
    WHERE a.patient_id = ? ORDER BY a.starts_at, a.id`);
  return (patientId: number): AppointmentRecord[] =>
    rows.all(patientId).map((r) => ({
      ...r,
      format: 'mesodesk.appointment-record/1',
      course: r.course ? (JSON.parse(r.course) as StoredCourse) : null,
      reminders: JSON.parse(r.reminders) as AppointmentRecord['reminders'],
    }));
}

const unreadable = () =>
  new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirTreatmentRecord' });

/** Recreates appointments (and their reminders) of a re-imported patient; the course and session by uid. */
export function createAppointmentImporter(db: Db, audit: AuditLog) {
  const sessionId = db
    .prepare<[string, number], number>('SELECT id FROM sessions WHERE uid = ? AND patient_id = ?')
    .pluck();
  const taken = db.prepare<[string], number>('SELECT count(*) FROM appointments WHERE uid = ?').pluck();
  const insert = db.prepare(`
    INSERT INTO appointments (uid, patient_id, course_id, session_number, session_id, type, starts_at, ends_at,
      local_date, local_time, duration_min, time_zone, status, cancel_reason, note, created_at, updated_at)
    VALUES (@uid, @patientId, @courseId, @sessionNumber, @sessionId, @type, @startsAt, @endsAt, @date, @time,
      @durationMin, @timeZone, @status, @cancelReason, @note, @createdAt, @updatedAt)`);
  const insertReminder = db.prepare(
    'INSERT INTO appointment_reminders (appointment_id, patient_id, channel, sent_at, sent_by) VALUES (?, ?, ?, ?, ?)',
  );
  const insertPreference = db.prepare(`
    INSERT INTO patient_contact_preferences (patient_id, channel, consent, consent_recorded_at, updated_at)
    VALUES (@patientId, @channel, @consent, @consentRecordedAt, @updatedAt)`);
  const counts = { appointments: 0 };
  return {
    counts,
    /** `courseId`: the course as recreated by the treatment importer, or null. */
    appointment(r: AppointmentRecord, patientId: number, courseId: number | null): void {
      if (typeof r.uid !== 'string' || !Array.isArray(r.reminders)) throw unreadable();
      if (taken.get(r.uid)) return;
      let id: number;
      try {
        id = Number(
          insert.run({
            ...r,
            patientId,
            courseId,
            sessionId: (r.sessionUid && sessionId.get(r.sessionUid, patientId)) || null,
          }).lastInsertRowid,
        );
        for (const m of r.reminders) insertReminder.run(id, patientId, m.channel, m.sentAt, m.sentBy);
      } catch {
        // A crafted record the table's checks refuse: the whole import is refused, nothing half-saved.
        throw unreadable();
      }
      audit.append('import', 'appointment', id);
      counts.appointments += 1;
    },
    /** The patient's reminder preference as exported: channel, consent and when it was given. */
    contactPreference(p: ContactPreferenceRecord, patientId: number): void {
      if (!(REMINDER_CHANNELS as readonly string[]).includes(p.channel) || !p.updatedAt) throw unreadable();
      insertPreference.run({
        patientId,
        channel: p.channel,
        consent: p.consent ? 1 : 0,
        consentRecordedAt: p.consent ? p.consentRecordedAt : null,
        updatedAt: p.updatedAt,
      });
      audit.append('import', 'contact-preference', patientId);
    },
  };
}

/** A reminder sent for a due recall: what the record PDF and CSV carry. */
export interface RecallReminderRecord {
  indication: string | null;
  sessionNumber: number;
  dueDate: string;
  channel: ReminderChannel;
  sentAt: string;
  sentBy: string;
}

/** A patient's recall reminders, oldest first. */
export function createRecallReminderRecords(db: Db) {
  const rows = db.prepare<[number], RecallReminderRecord>(`
    SELECT json_extract(c.plan_json, '$.indication') AS indication, r.session_number AS sessionNumber,
      r.due_date AS dueDate, r.channel, r.sent_at AS sentAt, r.sent_by AS sentBy
    FROM recall_reminders r LEFT JOIN courses c ON c.id = r.course_id
    WHERE r.patient_id = ? ORDER BY r.sent_at, r.id`);
  return (patientId: number): RecallReminderRecord[] => rows.all(patientId);
}
