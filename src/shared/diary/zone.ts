/**
 * Wall-clock time in a named time zone (IANA, e.g. "Europe/Athens") and the UTC instants it stands
 * for, through Intl only. A local time skipped by a clock change has no instant; one repeated by it
 * has two: both are reported rather than guessed.
 */
export interface LocalTime {
  date: string;
  time: string;
}

export type LocalToUtc = { ok: true; utc: string } | { ok: false; reason: 'skipped' | 'repeated' | 'zone' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone this computer is set to. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function wallParts(zone: string, ms: number) {
  const p: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) p[part.type] = part.value;
  return p as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** The date and time (HH:MM) on the clinic's clock at a UTC instant. */
export function utcToLocal(utc: string | number, zone: string): LocalTime {
  const p = wallParts(zone, typeof utc === 'number' ? utc : Date.parse(utc));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(zone: string, ms: number): number {
  const p = wallParts(zone, ms);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The UTC instant of a wall-clock date and time (HH:MM) in a zone. */
export function localToUtc(date: string, time: string, zone: string): LocalToUtc {
  if (!isTimeZone(zone)) return { ok: false, reason: 'zone' };
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, h, mi);
  const offsets = new Set([offsetMinutes(zone, naive - 86_400_000), offsetMinutes(zone, naive + 86_400_000)]);
  const found = [...offsets]
    .map((o) => naive - o * 60_000)
    .filter((ms) => {
      const back = utcToLocal(ms, zone);
      return back.date === date && back.time === time;
    });
  if (found.length === 0) return { ok: false, reason: 'skipped' };
  if (found.length > 1) return { ok: false, reason: 'repeated' };
  return { ok: true, utc: new Date(found[0] as number).toISOString() };
}

/** Whole minutes between two times of day (HH:MM). */
export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
