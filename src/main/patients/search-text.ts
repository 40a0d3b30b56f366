import { isoToDmy } from '../../shared/dates';
import type { PatientFields } from '../../shared/patients/schema';
import { digitsOnly, foldText } from '../../shared/text/fold';

/** The folded text a patient is found by: names, number, email, phone digits and date of birth. */
export function buildSearchText(fields: PatientFields, number: string): string {
  const dob = fields.dateOfBirth;
  const parts = [
    fields.firstName,
    fields.lastName,
    fields.preferredName,
    fields.email,
    number,
    number.replace('-', ''),
    dob,
    isoToDmy(dob),
    isoToDmy(dob).replaceAll('/', '.'),
    fields.phone ? digitsOnly(fields.phone) : null,
  ];
  return foldText(parts.filter(Boolean).join(' | '));
}

/** Alphabetical order key: last name, then first name, folded. */
export const buildSortKey = (fields: PatientFields): string =>
  foldText(`${fields.lastName}\u0001${fields.firstName ?? ''}`);

/** Duplicate detection key: the same person typed with or without accents or case. */
export const buildNameKey = (fields: Pick<PatientFields, 'firstName' | 'lastName'>): string =>
  foldText(`${fields.firstName ?? ''}\u0001${fields.lastName}`)
    .replace(/\s+/g, ' ')
    .trim();

export const formatPatientNumber = (n: number): string => `P-${String(n).padStart(6, '0')}`;
