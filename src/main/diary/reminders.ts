import { longDateIn, REMINDER_TEXTS } from '../../shared/diary/reminder-texts';
import {
  type AppointmentReminderDue,
  type RecallReminderDue,
  type ReminderDraft,
  renderReminder,
} from '../../shared/diary/reminders';
import type { ReminderChannel } from '../../shared/diary/schema';
import { localToUtc } from '../../shared/diary/zone';
import { displayName } from '../../shared/patients/schema';
import { addDays } from '../../shared/treatments/schedule';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { createPatientRepository } from '../patients/repository';
import type { SettingsService } from '../settings/service';
import type { CourseService } from '../treatments/courses';
import { calendarFile, diaryEventTitle } from './calendar';
import type { ContactPreferences } from './contact';
import type { DiaryService } from './service';

interface DueRow {
  id: number;
  patient_id: number;
  local_date: string;
  local_time: string;
  first_name: string | null;
  last_name: string;
  preferred_name: string | null;
  channel: ReminderChannel;
}

/**
 * "To remind today": booked appointments from now to the end of the reminder horizon, of patients who
 * agreed to be contacted, with no reminder sent yet. Walks appointments_by_start over the horizon.
 */
export const REMINDERS_DUE_SQL = `
  SELECT a.id, a.patient_id, a.local_date, a.local_time, p.first_name, p.last_name, p.preferred_name, c.channel
  FROM appointments a INDEXED BY appointments_by_start
    JOIN patient_contact_preferences c ON c.patient_id = a.patient_id AND c.consent = 1
    JOIN patients p ON p.id = a.patient_id
  WHERE a.starts_at >= @from AND a.starts_at < @to AND a.status = 'booked'
    AND NOT EXISTS (SELECT 1 FROM appointment_reminders r WHERE r.appointment_id = a.id)
  ORDER BY a.starts_at, a.id`;

interface RecallDueRow {
  id: number;
  patient_id: number;
  first_name: string | null;
  last_name: string;
  preferred_name: string | null;
  channel: ReminderChannel;
  indication: string;
  next_number: number;
  next_due_date: string;
  next_latest_date: string;
}

/**
 * Due recalls to remind of: active courses whose next session is due by the end of the reminder horizon
 * and whose window is still open (an overdue one is for the recall list, to call), of patients who agreed
 * to be contacted, with nothing booked for the course and no reminder sent yet for that session. Walks
 * courses by their stored next due date.
 */
export const RECALL_REMINDERS_DUE_SQL = `
  SELECT c.id, c.patient_id, p.first_name, p.last_name, p.preferred_name, cp.channel,
    json_extract(c.plan_json, '$.indication') AS indication, c.next_number, c.next_due_date, c.next_latest_date
  FROM courses c
    JOIN patient_contact_preferences cp ON cp.patient_id = c.patient_id AND cp.consent = 1
    JOIN patients p ON p.id = c.patient_id
  WHERE c.status = 'active' AND c.next_due_date <= @until AND c.next_latest_date >= @today
    AND p.archived_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM appointments a
      WHERE a.course_id = c.id AND a.status IN ('booked', 'arrived'))
    AND NOT EXISTS (SELECT 1 FROM recall_reminders r
      WHERE r.course_id = c.id AND r.session_number = c.next_number)
  ORDER BY c.next_due_date, c.id`;

/** Whom a reminder greets: the name they go by. */
const greetingName = (p: { preferredName: string | null; firstName: string | null; lastName: string }) =>
  p.preferredName || p.firstName || p.lastName;

/** Reminders written from the clinic's template, sent by the practitioner, recorded here. */
export function createReminderService(deps: {
  db: Db;
  now: () => Date;
  settings: SettingsService;
  diary: DiaryService;
  courses: CourseService;
  contact: ContactPreferences;
}) {
  const { db, now, settings, diary, courses, contact } = deps;
  const patients = createPatientRepository(db);
  const due = db.prepare<{ from: string; to: string }, DueRow>(REMINDERS_DUE_SQL);
  const insert = db.prepare(
    'INSERT INTO appointment_reminders (appointment_id, patient_id, channel, sent_at, sent_by) VALUES (?, ?, ?, ?, ?)',
  );

  const recallDue = db.prepare<{ until: string; today: string }, RecallDueRow>(RECALL_REMINDERS_DUE_SQL);
  const insertRecall = db.prepare(`
    INSERT INTO recall_reminders (patient_id, course_id, session_number, due_date, channel, sent_at, sent_by)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);

  const mustPatient = patients.must;

  /** The clinic's merge fields and the built-in texts in the patient's language. */
  function clinicFor(language: keyof typeof REMINDER_TEXTS) {
    const s = settings.get();
    const texts = REMINDER_TEXTS[language];
    const clinic = s.clinicName || texts.theClinic;
    return { s, texts, clinic, clinicPhone: s.clinicPhone || s.clinicEmail || clinic };
  }

  const tidy = (text: string) => text.replace(/\n{3,}/g, '\n\n');

  function draft(appointmentId: number): ReminderDraft {
    const entry = diary.entry(appointmentId);
    const patient = mustPatient(entry.patientId);
    const pref = contact.get(entry.patientId);
    const { s, texts, clinic, clinicPhone } = clinicFor(patient.preferredLanguage);
    const values = {
      name: greetingName(patient),
      date: longDateIn(patient.preferredLanguage, entry.date),
      time: entry.time,
      clinic,
      clinicPhone,
      preparation: entry.type === 'consultation' ? '' : texts.preparation,
    };
    const text = tidy(renderReminder(s.reminderTemplate || texts.appointment, values));
    const ics = calendarFile(
      [
        {
          uid: `appointment-${appointmentId}@mesodesk`,
          startsAt: entry.startsAt,
          durationMin: entry.durationMin,
          title: renderReminder(texts.eventTitle, values),
          description: text,
          location: s.clinicAddress || undefined,
        },
      ],
      clinic,
    );
    return {
      channel: pref.channel,
      consent: pref.consent,
      subject: renderReminder(texts.subject, values),
      text,
      email: patient.email,
      phone: patient.phone,
      ics,
      fileName: `appointment-${entry.date}-${entry.time.replace(':', '')}.ics`,
    };
  }

  /** The course's next session as due now; a course with nothing due cannot be reminded of. */
  function dueSession(courseId: number) {
    const course = courses.get(courseId);
    if (course.status !== 'active' || !course.nextDue) throw new AppError('CONFLICT', 'errors.recallNotDue');
    return { course, due: course.nextDue };
  }

  function recallDraft(courseId: number): ReminderDraft {
    const { course, due } = dueSession(courseId);
    const patient = mustPatient(course.patientId);
    const pref = contact.get(course.patientId);
    const { s, texts, clinic, clinicPhone } = clinicFor(patient.preferredLanguage);
    const values = {
      name: greetingName(patient),
      treatment: course.indication,
      dueDate: longDateIn(patient.preferredLanguage, due.dueDate),
      latestDate: longDateIn(patient.preferredLanguage, due.latestDate),
      clinic,
      clinicPhone,
    };
    return {
      channel: pref.channel,
      consent: pref.consent,
      subject: renderReminder(texts.recallSubject, values),
      text: tidy(
        renderReminder(
          s.recallReminderTemplate || (due.dueDate === due.latestDate ? texts.recallOnDay : texts.recall),
          values,
        ),
      ),
      email: patient.email,
      phone: patient.phone,
      ics: null,
      fileName: null,
    };
  }

  return {
    draft,
    recallDraft,
    /** Records that a recall reminder went out for the course's session now due: who, when and how. */
    markRecallSent(courseId: number, channel: ReminderChannel): { sentAt: string } {
      const { course, due } = dueSession(courseId);
      if (!contact.get(course.patientId).consent) throw new AppError('CONFLICT', 'errors.noConsentToContact');
      const sentAt = now().toISOString();
      insertRecall.run(course.patientId, courseId, due.sessionNumber, due.dueDate, channel, sentAt, sentBy());
      return { sentAt };
    },
    /** Records that a reminder went out: who, when and how. Nobody is reminded without consent. */
    markSent(appointmentId: number, channel: ReminderChannel): { sentAt: string } {
      const entry = diary.entry(appointmentId);
      if (entry.status !== 'booked') throw new AppError('CONFLICT', `errors.appointmentIs.${entry.status}`);
      if (!contact.get(entry.patientId).consent) throw new AppError('CONFLICT', 'errors.noConsentToContact');
      const sentAt = now().toISOString();
      insert.run(appointmentId, entry.patientId, channel, sentAt, sentBy());
      return { sentAt };
    },
    due(): (AppointmentReminderDue | RecallReminderDue)[] {
      const zone = diary.timeZone();
      const end = localToUtc(addDays(diary.today(), s().reminderDaysAhead + 1), '00:00', zone);
      const to = end.ok
        ? end.utc
        : new Date(now().getTime() + (s().reminderDaysAhead + 1) * 86_400_000).toISOString();
      const name = (r: { preferred_name: string | null; first_name: string | null; last_name: string }) =>
        displayName({ firstName: r.preferred_name ?? r.first_name, lastName: r.last_name });
      const appointments = due.all({ from: now().toISOString(), to }).map(
        (r): AppointmentReminderDue => ({
          kind: 'appointment',
          appointmentId: r.id,
          patientId: r.patient_id,
          patientName: name(r),
          date: r.local_date,
          time: r.local_time,
          channel: r.channel,
        }),
      );
      const today = diary.today();
      const recalls = recallDue.all({ until: addDays(today, s().reminderDaysAhead), today }).map(
        (r): RecallReminderDue => ({
          kind: 'recall',
          courseId: r.id,
          patientId: r.patient_id,
          patientName: name(r),
          channel: r.channel,
          indication: r.indication,
          sessionNumber: r.next_number,
          dueDate: r.next_due_date,
          latestDate: r.next_latest_date,
        }),
      );
      return [...appointments, ...recalls];
    },
    /** The whole diary, cancelled appointments marked so, as one calendar for the practitioner's phone. */
    diaryCalendar(): { fileName: string; content: string } {
      const events = diary.everything().map((e) => {
        return {
          uid: `appointment-${e.id}@mesodesk`,
          startsAt: e.startsAt,
          durationMin: e.durationMin,
          title: diaryEventTitle(e),
          description: e.note || undefined,
          cancelled: e.status === 'cancelled' || e.status === 'no-show',
        };
      });
      return {
        fileName: `mesodesk-diary-${diary.today()}.ics`,
        content: calendarFile(events, `${s().clinicName || 'Mesodesk'} diary`),
      };
    },
  };

  function s() {
    return settings.get();
  }

  function sentBy() {
    return s().practitionerName || 'practitioner';
  }
}

export type ReminderService = ReturnType<typeof createReminderService>;
