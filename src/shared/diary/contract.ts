import { call, empty } from '../api/call';
import { idInput, patientInput } from '../kernel/record-inputs';
import * as r from './reminders';
import * as s from './schema';

/** The clinic's diary: appointments, the day and week views, booking from what is due. */
export const diaryContract = {
  'appointments.book': call(s.appointmentBookSchema).returns<s.Appointment>(),
  'appointments.move': call(s.appointmentMoveSchema).returns<s.Appointment>(),
  'appointments.arrive': call(s.appointmentStepSchema).returns<s.Appointment>(),
  'appointments.noShow': call(s.appointmentStepSchema).returns<s.Appointment>(),
  'appointments.cancel': call(s.appointmentCancelSchema).returns<s.Appointment>(),
  /** Starts (or opens) the treatment session of an appointment; the appointment is then done. */
  'appointments.startSession': call(idInput).returns<{
    sessionId: number;
    patientId: number;
    created: boolean;
  }>(),
  'appointments.get': call(idInput).returns<s.DiaryEntry>(),
  'appointments.day': call(s.appointmentDaySchema).returns<s.DiaryEntry[]>(),
  'appointments.range': call(s.appointmentRangeSchema).returns<s.WeekEntry[]>(),
  'appointments.forPatient': call(patientInput).returns<s.Appointment[]>(),
  /** Cancels a patient's future appointments (before archiving); returns how many. */
  'appointments.cancelFuture': call(s.cancelFutureSchema).returns<{ cancelled: number }>(),
  'appointments.proposal': call(s.bookingProposalSchema).returns<s.BookingProposal>(),
  'diary.timeZone': call(empty).returns<{ timeZone: string; today: string }>(),
  /** The whole diary as one iCalendar file for the practitioner's phone. */
  'diary.calendar': call(empty).returns<{ fileName: string; content: string }>(),
  'contactPreferences.get': call(patientInput).returns<r.ContactPreference>(),
  'contactPreferences.set': call(r.contactPreferenceSetSchema).returns<r.ContactPreference>(),
  'reminders.draft': call(r.reminderDraftSchema).returns<r.ReminderDraft>(),
  'reminders.markSent': call(r.reminderSentSchema).returns<{ sentAt: string }>(),
  /** The reminder of a due recall with nothing booked, in the patient's language. */
  'reminders.recallDraft': call(r.recallReminderDraftSchema).returns<r.ReminderDraft>(),
  'reminders.markRecallSent': call(r.recallReminderSentSchema).returns<{ sentAt: string }>(),
  /** What is left to send today. */
  'reminders.due': call(empty).returns<r.ReminderDue[]>(),
} as const;
