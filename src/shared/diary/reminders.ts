import { z } from 'zod';
import { id } from '../kernel/zod';
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

/** A reminder ready to send: the text, the email subject and where it goes. */
export interface ReminderDraft {
  appointmentId: number;
  channel: ReminderChannel;
  consent: boolean;
  subject: string;
  text: string;
  email: string | null;
  phone: string | null;
  /** The .ics invitation, for the ics channel (and the email's attachment). */
  ics: string;
  fileName: string;
}

/** An appointment still to be reminded of. */
export interface ReminderDue {
  appointmentId: number;
  patientId: number;
  patientName: string;
  date: string;
  time: string;
  channel: ReminderChannel | null;
  consent: boolean;
}

export const MERGE_FIELDS = ['name', 'date', 'time', 'clinic', 'clinicPhone', 'preparation'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** What to do and avoid before a mesotherapy session (written from the clinic's usual pre-treatment advice). */
export const PREPARATION_TEXT = [
  'Before your session:',
  '- If your doctor agrees, avoid aspirin, anti-inflammatory painkillers (such as ibuprofen), fish oil and vitamin E for 2 to 7 days before.',
  '- Avoid alcohol for 24 to 48 hours before.',
  '- Come with clean skin, without make-up on the area to be treated.',
  '- Tell us if your health or medicines have changed since your last visit.',
].join('\n');

export const DEFAULT_REMINDER_TEMPLATE = [
  'Dear {{name}},',
  '',
  'This is a reminder of your appointment at {{clinic}} on {{date}} at {{time}}.',
  '',
  '{{preparation}}',
  '',
  'If you cannot come, please let us know: {{clinicPhone}}.',
].join('\n');

/** The template with each {{field}} filled; an unknown field is left as written. */
export function renderReminder(template: string, values: Record<MergeField, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? values[name as MergeField] : whole,
  );
}

/** A mailto: address with subject and body, as the default mail program opens it. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
