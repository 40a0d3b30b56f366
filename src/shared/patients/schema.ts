import { z } from 'zod';
import { isoDateProblem, todayIso } from '../dates';
import { id, requiredString, version } from '../kernel/zod';
import { languageSchema } from '../language/languages';
import { hasOnlySafeCharacters } from '../text/characters';

/** Field limits: generous for real use, small enough that a hostile payload is refused. */
export const LIMITS = {
  name: 100,
  phone: 40,
  email: 254,
  address: 500,
  gpName: 200,
  notes: 10_000,
  query: 200,
  date: 10,
} as const;

export const SEX_VALUES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEX_VALUES)[number];

const PHONE_CHARS = /^[+()\d\s./-]*$/;
const EMAIL = z.regexes.email;

/** Optional free text: trimmed, '' becomes null. */
const optionalText = (max: number) =>
  z
    .string({ error: 'errors.text' })
    .trim()
    .max(max, { error: 'errors.tooLong' })
    .refine(hasOnlySafeCharacters, { error: 'errors.characters' })
    .nullish()
    .transform((v) => (v ? v : null));

const optionalPhone = optionalText(LIMITS.phone).refine(
  (v) => v === null || (PHONE_CHARS.test(v) && v.replace(/\D/g, '').length >= 3),
  { error: 'errors.phone' },
);

const optionalEmail = optionalText(LIMITS.email).refine((v) => v === null || EMAIL.test(v), {
  error: 'errors.email',
});

export const dateOfBirthSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .max(LIMITS.date, { error: 'errors.dateFormat' })
  .superRefine((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: 'errors.required' });
      return;
    }
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    else if (value > todayIso()) ctx.addIssue({ code: 'custom', message: 'errors.dateFuture' });
    else if (value < '1900-01-01') ctx.addIssue({ code: 'custom', message: 'errors.dateTooOld' });
  });

/** The editable details of a patient: used by the form in the renderer and enforced again in main. */
export const patientFieldsSchema = z.strictObject({
  firstName: optionalText(LIMITS.name),
  lastName: z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.lastNameRequired' })
    .max(LIMITS.name, { error: 'errors.tooLong' })
    .refine(hasOnlySafeCharacters, { error: 'errors.characters' }),
  preferredName: optionalText(LIMITS.name),
  dateOfBirth: dateOfBirthSchema,
  sex: z.enum(SEX_VALUES, { error: 'errors.choose' }).default('unknown'),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(LIMITS.address),
  emergencyContactName: optionalText(LIMITS.name),
  emergencyContactPhone: optionalPhone,
  gpName: optionalText(LIMITS.gpName),
  notes: optionalText(LIMITS.notes),
  /** The language of everything the patient reads and signs: intake, consent, aftercare, their PDFs. */
  preferredLanguage: languageSchema.default('en'),
});
export type PatientFieldsInput = z.input<typeof patientFieldsSchema>;
export type PatientFields = z.output<typeof patientFieldsSchema>;
export const PATIENT_FIELD_NAMES = Object.keys(patientFieldsSchema.shape) as (keyof PatientFields)[];

export const patientCreateSchema = z.strictObject({
  fields: patientFieldsSchema,
  /** Set after the user saw the duplicate warning and chose to add a new record anyway. */
  allowDuplicate: z.boolean().optional().default(false),
});

export const patientUpdateSchema = z.strictObject({
  id,
  /** The version the user edited: a stale edit is refused instead of overwriting newer data. */
  version,
  fields: patientFieldsSchema,
});

/** Erasure is confirmed by typing the patient's number. */
export const patientEraseSchema = z.strictObject({
  id,
  confirmNumber: requiredString(40),
});

export interface PatientErasure {
  number: string;
  /** Rows removed, by kind. */
  removed: Record<string, number>;
}

/** Where a page of search results starts: just after this patient in name order (from `next`). */
export const patientSearchCursorSchema = z.strictObject({
  key: z.string().max(4 * LIMITS.name),
  id,
});
export type PatientSearchCursor = z.infer<typeof patientSearchCursorSchema>;

export const patientSearchSchema = z.strictObject({
  query: z.string().max(LIMITS.query, { error: 'errors.tooLong' }).default(''),
  includeArchived: z.boolean().default(false),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** The previous page's `next`: the page after it, found in the name-order index (no OFFSET walk). */
  after: patientSearchCursorSchema.optional(),
});

/** A search's total is counted up to this many; past it the list says "more than" this. */
export const PATIENT_SEARCH_TOTAL_CAP = 1000;

export interface Patient extends PatientFields {
  id: number;
  uid: string;
  number: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  version: number;
}

export interface PatientSummary {
  id: number;
  number: string;
  firstName: string | null;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  phone: string | null;
  archivedAt: string | null;
}

export interface PatientSearchResult {
  items: PatientSummary[];
  /**
   * How many patients match, exact up to PATIENT_SEARCH_TOTAL_CAP (then the cap, with `more`).
   * Only a first page (no `after`) counts; a page after a cursor has null.
   */
  total: number | null;
  /** More than `total` patients match. */
  more: boolean;
  /** The `after` of the next page; null on the last one. */
  next: PatientSearchCursor | null;
}

export type PatientChangeAction = 'created' | 'updated' | 'archived' | 'restored';

export interface PatientFieldChange {
  field: keyof PatientFields;
  from: string | null;
  to: string | null;
}

export interface PatientChange {
  id: number;
  at: string;
  action: PatientChangeAction;
  changes: PatientFieldChange[];
}

/** Sent with a CONFLICT error when a create matches existing patients by name and date of birth. */
export interface DuplicateDetails {
  kind: 'duplicate-patient';
  matches: PatientSummary[];
}

export function displayName(p: Pick<PatientSummary, 'firstName' | 'lastName'>): string {
  return p.firstName ? `${p.firstName} ${p.lastName}` : p.lastName;
}
