import { call, empty } from '../api/call';
import {
  type ContactPreference,
  contactPreferenceSetSchema,
  type ReminderDraft,
  type ReminderDue,
  reminderDraftSchema,
  reminderSentSchema,
} from './reminders';
import {
  type Appointment,
  appointmentBookSchema,
  appointmentCancelSchema,
  appointmentDaySchema,
  appointmentIdSchema,
  appointmentMoveSchema,
  appointmentPatientSchema,
  appointmentRangeSchema,
  appointmentStepSchema,
  type BookingProposal,
  bookingProposalSchema,
  cancelFutureSchema,
  type DiaryEntry,
  type WeekEntry,
} from './schema';

/** The clinic's diary: appointments, the day and week views, booking from what is due. */
export const diaryContract = {
  'appointments.book': call<typeof appointmentBookSchema, Appointment>(appointmentBookSchema),
  'appointments.move': call<typeof appointmentMoveSchema, Appointment>(appointmentMoveSchema),
  'appointments.arrive': call<typeof appointmentStepSchema, Appointment>(appointmentStepSchema),
  'appointments.noShow': call<typeof appointmentStepSchema, Appointment>(appointmentStepSchema),
  'appointments.cancel': call<typeof appointmentCancelSchema, Appointment>(appointmentCancelSchema),
  /** Starts (or opens) the treatment session of an appointment; the appointment is then done. */
  'appointments.startSession': call<
    typeof appointmentIdSchema,
    { sessionId: number; patientId: number; created: boolean }
  >(appointmentIdSchema),
  'appointments.get': call<typeof appointmentIdSchema, DiaryEntry>(appointmentIdSchema),
  'appointments.day': call<typeof appointmentDaySchema, DiaryEntry[]>(appointmentDaySchema),
  'appointments.range': call<typeof appointmentRangeSchema, WeekEntry[]>(appointmentRangeSchema),
  'appointments.forPatient': call<typeof appointmentPatientSchema, Appointment[]>(appointmentPatientSchema),
  /** Cancels a patient's future appointments (before archiving); returns how many. */
  'appointments.cancelFuture': call<typeof cancelFutureSchema, { cancelled: number }>(cancelFutureSchema),
  'appointments.proposal': call<typeof bookingProposalSchema, BookingProposal>(bookingProposalSchema),
  'diary.timeZone': call<typeof empty, { timeZone: string; today: string }>(empty),
  /** The whole diary as one iCalendar file for the practitioner's phone. */
  'diary.calendar': call<typeof empty, { fileName: string; content: string }>(empty),
  'contactPreferences.get': call<typeof appointmentPatientSchema, ContactPreference>(
    appointmentPatientSchema,
  ),
  'contactPreferences.set': call<typeof contactPreferenceSetSchema, ContactPreference>(
    contactPreferenceSetSchema,
  ),
  'reminders.draft': call<typeof reminderDraftSchema, ReminderDraft>(reminderDraftSchema),
  'reminders.markSent': call<typeof reminderSentSchema, { sentAt: string }>(reminderSentSchema),
  /** What is left to send today. */
  'reminders.due': call<typeof empty, ReminderDue[]>(empty),
} as const;
