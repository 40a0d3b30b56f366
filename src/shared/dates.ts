import { differenceInYears } from 'date-fns/differenceInYears';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type DateProblem = 'errors.dateFormat' | 'errors.dateImpossible';

/** Checks a plain calendar date written as YYYY-MM-DD. */
export function isoDateProblem(value: string): DateProblem | null {
  if (!ISO_DATE.test(value)) return 'errors.dateFormat';
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) ? null : 'errors.dateImpossible';
}

/** Today's calendar date on this machine, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function ageInYears(dateOfBirth: string, now: Date = new Date()): number {
  return differenceInYears(now, parse(dateOfBirth, 'yyyy-MM-dd', now));
}

/** YYYY-MM-DD -> DD/MM/YYYY, the form most clinics type. */
export function isoToDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Accepts D/M/YYYY, D.M.YYYY or D-M-YYYY and returns YYYY-MM-DD, or null. */
export function dmyToIso(text: string): string | null {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, d = '', mo = '', y = ''] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export type ClinicDateFormat = 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY-MM-DD';

/** A plain YYYY-MM-DD date in the clinic's chosen format: the same on screen and on paper. */
export function formatClinicDate(iso: string, format: ClinicDateFormat): string {
  const [y = '', m = '', d = ''] = iso.slice(0, 10).split('-');
  if (format === 'MM/DD/YYYY') return `${m}/${d}/${y}`;
  if (format === 'YYYY-MM-DD') return `${y}-${m}-${d}`;
  return `${d}/${m}/${y}`;
}
