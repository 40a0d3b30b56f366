import { z } from 'zod';
import { id } from '../kernel/zod';
import { REMINDER_TEXTS } from './reminder-texts';
import { REMINDER_CHANNELS, type ReminderChannel } from './schema';

export const contactPreferenceFieldsSchema = z.strictObject({
  channel: z.enum(REMINDER_CHANNELS, { error: 'errors.choose' }),
  consent: z.boolean(),
});
export type ContactPreferenceFields = z.output<typeof contactPreferenceFieldsSchema>;
export const contactPreferenceSetSchema = z.strictObject({
  patientId: id,
  fields: contactPreferenceFieldsSchema,
});

export interface ContactPreference extends ContactPreferenceFields {
  patientId: number;
  /** When the patient agreed to be contacted; null without consent. */
  consentRecordedAt: string | null;
  updatedAt: string | null;
}

export const reminderSentSchema = z.strictObject({ appointmentId: id, channel: z.enum(REMINDER_CHANNELS) });
export const reminderDraftSchema = z.strictObject({ appointmentId: id });
/** A due recall, by its course: reminded once per due session. */
export const recallReminderDraftSchema = z.strictObject({ courseId: id });
export const recallReminderSentSchema = z.strictObject({ courseId: id, channel: z.enum(REMINDER_CHANNELS) });

/** A reminder ready to send: the text, the email subject and where it goes. */
export interface ReminderDraft {
  channel: ReminderChannel;
  consent: boolean;
  subject: string;
  text: string;
  email: string | null;
  phone: string | null;
  /** The .ics invitation of an appointment; a recall has no time yet, so none. */
  ics: string | null;
  fileName: string | null;
}

interface ReminderDueBase {
  patientId: number;
  patientName: string;
  channel: ReminderChannel;
}
/** An appointment still to be reminded of. */
export interface AppointmentReminderDue extends ReminderDueBase {
  kind: 'appointment';
  appointmentId: number;
  date: string;
  time: string;
}
/** A course's next session due (from its interval plan) with nothing booked and no reminder sent. */
export interface RecallReminderDue extends ReminderDueBase {
  kind: 'recall';
  courseId: number;
  indication: string;
  sessionNumber: number;
  dueDate: string;
  latestDate: string;
}
/** What "To remind today" lists: appointments first by time, then recalls by due date. */
export type ReminderDue = AppointmentReminderDue | RecallReminderDue;

/** The merge fields of an appointment reminder. */
export const MERGE_FIELDS = ['name', 'date', 'time', 'clinic', 'clinicPhone', 'preparation'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
/** The merge fields of a recall reminder (a session due, not yet booked). */
export const RECALL_MERGE_FIELDS = [
  'name',
  'treatment',
  'dueDate',
  'latestDate',
  'clinic',
  'clinicPhone',
] as const;
export type RecallMergeField = (typeof RECALL_MERGE_FIELDS)[number];

/** The English built-in texts; a patient gets the built-ins in their own language (reminder-texts.ts). */
export const PREPARATION_TEXT = REMINDER_TEXTS.en.preparation;
export const DEFAULT_REMINDER_TEMPLATE = REMINDER_TEXTS.en.appointment;
export const DEFAULT_RECALL_TEMPLATE = REMINDER_TEXTS.en.recall;

/** The template with each {{field}} filled; an unknown field is left as written. */
export function renderReminder(
  template: string,
  values: Partial<Record<MergeField | RecallMergeField, string>>,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name as MergeField] as string) : whole,
  );
}

/** A mailto: address with subject and body, as the default mail program opens it. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
