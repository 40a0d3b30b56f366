/** The merge fields a template may use, written {{name}} in template text. */
export const MERGE_FIELDS = [
  'patient.name',
  'patient.dateOfBirth',
  'patient.number',
  'document.date',
  'treatment.areas',
  'treatment.products',
  'treatment.plannedSessions',
  'appointment.next',
  'clinic.name',
  'clinic.address',
  'clinic.phone',
  'clinic.email',
  'clinic.emergencyLine',
  'practitioner.name',
  'practitioner.qualifications',
  'practitioner.registration',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Fields whose value is a list: a bullet line holding only the field expands to one bullet per item. */
export const LIST_MERGE_FIELDS: readonly MergeField[] = ['treatment.areas', 'treatment.products'];

/** A merge value: text, or a list of items for the list fields. */
export type MergeValues = Record<MergeField, string | string[]>;

export const PLACEHOLDER = /\{\{\s*([a-zA-Z.]+)\s*\}\}/g;

/** Every {{name}} in a text that is not a known merge field. */
export function unknownMergeFields(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!(MERGE_FIELDS as readonly string[]).includes(name)) unknown.push(name);
  }
  return unknown;
}
