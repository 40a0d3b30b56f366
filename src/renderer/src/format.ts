import { ageInYears } from '../../shared/dates';

/** A plain YYYY-MM-DD date in the user's locale (read as a calendar date, not a UTC instant). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

export function formatDateTime(isoInstant: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoInstant),
  );
}

export { ageInYears };
