import {
  DEFAULT_REMINDER_TEMPLATE,
  PREPARATION_TEXT,
  type ReminderDraft,
  type ReminderDue,
  renderReminder,
} from '../../shared/diary/reminders';
import type { ReminderChannel } from '../../shared/diary/schema';
import { localToUtc } from '../../shared/diary/zone';
import { displayName } from '../../shared/patients/schema';
import { addDays } from '../../shared/treatments/schedule';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { createPatientRepository } from '../patients/repository';
import type { SettingsService } from '../settings/service';
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

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
};

/** Reminders written from the clinic's template, sent by the practitioner, recorded here. */
export function createReminderService(deps: {
  db: Db;
  now: () => Date;
  settings: SettingsService;
  diary: DiaryService;
  contact: ContactPreferences;
}) {
  const { db, now, settings, diary, contact } = deps;
  const patients = createPatientRepository(db);
  const due = db.prepare<{ from: string; to: string }, DueRow>(REMINDERS_DUE_SQL);
  const insert = db.prepare(
    'INSERT INTO appointment_reminders (appointment_id, patient_id, channel, sent_at, sent_by) VALUES (?, ?, ?, ?, ?)',
  );

  function draft(appointmentId: number): ReminderDraft {
    const entry = diary.entry(appointmentId);
    const patient = patients.get(entry.patientId);
    if (!patient) throw notFound('patient');
    const pref = contact.get(entry.patientId);
    const s = settings.get();
    const clinicName = s.clinicName || 'the clinic';
    const values = {
      name: patient.preferredName || patient.firstName || `${patient.lastName}`,
      date: longDate(entry.date),
      time: entry.time,
      clinic: clinicName,
      clinicPhone: s.clinicPhone || s.clinicEmail || clinicName,
      preparation: entry.type === 'consultation' ? '' : PREPARATION_TEXT,
    };
    const text = renderReminder(s.reminderTemplate || DEFAULT_REMINDER_TEMPLATE, values).replace(
      /\n{3,}/g,
      '\n\n',
    );
    const subject = `Your appointment at ${clinicName} on ${values.date} at ${entry.time}`;
    const ics = calendarFile(
      [
        {
          uid: `appointment-${appointmentId}@mesodesk`,
          startsAt: entry.startsAt,
          durationMin: entry.durationMin,
          title: `Appointment at ${clinicName}`,
          description: text,
          location: s.clinicAddress || undefined,
        },
      ],
      clinicName,
    );
    return {
      appointmentId,
      channel: pref.channel,
      consent: pref.consent,
      subject,
      text,
      email: patient.email,
      phone: patient.phone,
      ics,
      fileName: `appointment-${entry.date}-${entry.time.replace(':', '')}.ics`,
    };
  }

  return {
    draft,
    /** Records that a reminder went out: who, when and how. Nobody is reminded without consent. */
    markSent(appointmentId: number, channel: ReminderChannel): { sentAt: string } {
      const entry = diary.entry(appointmentId);
      if (entry.status !== 'booked') throw new AppError('CONFLICT', `errors.appointmentIs.${entry.status}`);
      if (!contact.get(entry.patientId).consent) throw new AppError('CONFLICT', 'errors.noConsentToContact');
      const sentAt = now().toISOString();
      insert.run(appointmentId, entry.patientId, channel, sentAt, s().practitionerName || 'practitioner');
      return { sentAt };
    },
    due(): ReminderDue[] {
      const zone = diary.timeZone();
      const end = localToUtc(addDays(diary.today(), s().reminderDaysAhead + 1), '00:00', zone);
      const to = end.ok
        ? end.utc
        : new Date(now().getTime() + (s().reminderDaysAhead + 1) * 86_400_000).toISOString();
      return due.all({ from: now().toISOString(), to }).map((r) => ({
        appointmentId: r.id,
        patientId: r.patient_id,
        patientName: displayName({ firstName: r.preferred_name ?? r.first_name, lastName: r.last_name }),
        date: r.local_date,
        time: r.local_time,
        channel: r.channel,
        consent: true,
      }));
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
}

export type ReminderService = ReturnType<typeof createReminderService>;
