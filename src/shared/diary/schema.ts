import { z } from 'zod';
import { id, isoDate, requiredText, text, version, wholeNumber } from '../kernel/zod';

export const APPOINTMENT_TYPES = ['consultation', 'treatment', 'review', 'touch-up'] as const;
export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
export const APPOINTMENT_STATUSES = ['booked', 'arrived', 'done', 'cancelled', 'no-show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const REMINDER_CHANNELS = ['ics', 'email', 'text'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/** Appointments are booked from 2000 to 2099: a year of 1900 or 2200 is a typing slip. */
export const FIRST_DIARY_DATE = '2000-01-01';
export const LAST_DIARY_DATE = '2099-12-31';
export const MAX_DURATION_MIN = 480;

export const diaryDate = isoDate.superRefine((v, ctx) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && (v < FIRST_DIARY_DATE || v > LAST_DIARY_DATE))
    ctx.addIssue({ code: 'custom', message: 'errors.diaryDateRange' });
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const timeOfDay = z
  .string({ error: 'errors.time' })
  .max(5, { error: 'errors.time' })
  .regex(TIME, { error: 'errors.time' });

export const durationMin = z
  .number({ error: 'errors.number' })
  .int({ error: 'errors.wholeNumber' })
  .min(1, { error: 'errors.durationZero' })
  .max(MAX_DURATION_MIN, { error: 'errors.durationTooLong' });

/** When an appointment is: the clinic's wall-clock date and time and how long it lasts. */
export const appointmentSlotSchema = z.strictObject({
  date: diaryDate,
  time: timeOfDay,
  durationMin,
});

export const appointmentFieldsSchema = z.strictObject({
  ...appointmentSlotSchema.shape,
  patientId: id,
  type: z.enum(APPOINTMENT_TYPES, { error: 'errors.choose' }),
  courseId: id.nullable().default(null),
  sessionNumber: wholeNumber(1, 99).nullable().default(null),
  note: text(2000).default(''),
});
export type AppointmentFieldsInput = z.input<typeof appointmentFieldsSchema>;
export type AppointmentFields = z.output<typeof appointmentFieldsSchema>;

/** What a booking or a move may be warned about; each can be overridden by the practitioner. */
export const BOOKING_WARNINGS = [
  'overlap',
  'dayOff',
  'outsideHours',
  'duringBreak',
  'outsideWindow',
] as const;
export type BookingWarning = (typeof BOOKING_WARNINGS)[number];

/** The warnings the practitioner has seen and accepted. */
const accepted = z.array(z.enum(BOOKING_WARNINGS)).max(BOOKING_WARNINGS.length).default([]);

export const appointmentBookSchema = z.strictObject({ fields: appointmentFieldsSchema, accept: accepted });
export const appointmentMoveSchema = z.strictObject({
  id,
  version,
  slot: appointmentSlotSchema,
  accept: accepted,
});
export const appointmentStepSchema = z.strictObject({ id, version });
export const appointmentCancelSchema = z.strictObject({ id, version, reason: requiredText(500) });
export const appointmentRangeSchema = z
  .strictObject({ from: diaryDate, to: diaryDate })
  .refine((r) => r.from <= r.to, { error: 'errors.minAboveMax', path: ['to'] });
export const appointmentDaySchema = z.strictObject({ date: diaryDate });
export const cancelFutureSchema = z.strictObject({ patientId: id, reason: requiredText(500) });
export const bookingProposalSchema = z.strictObject({ courseId: id });

export interface Appointment {
  id: number;
  patientId: number;
  courseId: number | null;
  sessionNumber: number | null;
  /** Planned sessions of the course, for "session n of N". */
  plannedSessions: number | null;
  sessionId: number | null;
  type: AppointmentType;
  startsAt: string;
  endsAt: string;
  /** The clinic's wall-clock date and start time. */
  date: string;
  time: string;
  durationMin: number;
  timeZone: string;
  status: AppointmentStatus;
  cancelReason: string | null;
  note: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One thing a patient needs seen to on the day (an i18n key under diary.needs). */
export interface DayNeed {
  key: string;
  /** How many, for a need that counts (before photos to take). */
  count?: number;
}

/** A row of the diary: the appointment, who it is for and what they need on the day. */
export interface DiaryEntry extends Appointment {
  patientName: string;
  patientNumber: string;
  indication: string | null;
  needs: DayNeed[];
  remindedAt: string | null;
}

/** A row of the week view: the diary row without the day's needs (the day view and an opened appointment have them). */
export type WeekEntry = Omit<DiaryEntry, 'needs'>;

/** What "Book" proposes for a course's next unbooked session. */
export interface BookingProposal {
  courseId: number;
  patientId: number;
  indication: string;
  sessionNumber: number;
  /** Earliest and latest date of the window; the date is the first working day in it. */
  dueDate: string;
  latestDate: string;
  date: string;
  time: string;
  durationMin: number;
}

/** Refused bookings carry their warnings; sent again with `accept`, the booking goes through. */
export interface BookingWarningDetails {
  kind: 'bookingWarnings';
  warnings: BookingWarning[];
}
