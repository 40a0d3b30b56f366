import { ageInYears, type ClinicDateFormat, formatClinicDate, todayIso } from '../../shared/dates';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { formatMoney as formatSharedMoney } from '../../shared/treatments/money';
import { formatLocale } from './i18n';

/** The clinic's date format (Settings): dates on screen read exactly as on its printed documents. */
let dateFormat: ClinicDateFormat = DEFAULT_SETTINGS.dateFormat;

export function setClinicDateFormat(format: ClinicDateFormat): void {
  dateFormat = format;
}

/** A plain YYYY-MM-DD date in the clinic's format. */
export function formatDate(iso: string): string {
  return formatClinicDate(iso, dateFormat);
}

/** An instant: its local date in the clinic's format, its local time as the interface language writes it. */
export function formatDateTime(isoInstant: string): string {
  const at = new Date(isoInstant);
  const time = new Intl.DateTimeFormat(formatLocale(), { timeStyle: 'short' }).format(at);
  return `${formatClinicDate(todayIso(at), dateFormat)} ${time}`;
}

/**
 * A wall-clock time as stored with a session or appointment (HH:mm, already the clinic's local time),
 * written as the interface language writes times, so it reads like the times of instants beside it.
 */
export function formatWallTime(hhmm: string): string {
  return wallTimeFormat().format(wallInstant(minutesOfDay(hhmm)));
}

/**
 * A stored start (HH:mm) and a duration as one span the interface language's way ("8:00 – 8:45 AM",
 * "08:00–08:45"); a span reaching midnight ends at midnight.
 */
export function formatWallTimeSpan(hhmm: string, durationMin: number): string {
  const start = minutesOfDay(hhmm);
  const end = Math.min(start + durationMin, 24 * 60);
  if (end >= 24 * 60) return `${formatWallTime(hhmm)}–${formatWallTime('00:00')}`;
  return wallTimeFormat().formatRange(wallInstant(start), wallInstant(end));
}

const minutesOfDay = (hhmm: string) => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
};
// Wall times are formatted as instants of one fixed UTC day, so this computer's zone never shifts them.
const wallInstant = (minutes: number) => new Date(Date.UTC(2000, 0, 1, 0, minutes));
const wallTimeFormat = () => new Intl.DateTimeFormat(formatLocale(), { timeStyle: 'short', timeZone: 'UTC' });

/** An amount held in minor units (cents), in the interface language's notation (decimal comma, grouping). */
export function formatMoney(minor: number, currency: string): string {
  return formatSharedMoney(minor, currency, formatLocale());
}

/** Compares names and titles the way the interface language sorts them (accents, case, digits). */
export function compareText(a: string, b: string): number {
  return new Intl.Collator(formatLocale(), { sensitivity: 'base', numeric: true }).compare(a, b);
}

export { ageInYears };
