import { z } from 'zod';
import { isoDate } from '../kernel/zod';
import { minutesOf } from './zone';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z
  .string({ error: 'errors.time' })
  .max(5, { error: 'errors.time' })
  .regex(TIME, { error: 'errors.time' });
const span = z
  .strictObject({ from: time, to: time })
  .refine((s) => s.from < s.to, { error: 'errors.minAboveMax', path: ['to'] });

export const MAX_BREAKS = 4;

const workingDayShape = z.strictObject({
  open: z.boolean(),
  from: time,
  to: time,
  breaks: z.array(span).max(MAX_BREAKS, { error: 'errors.tooMany' }),
});

/**
 * One weekday: open or not, its hours and its breaks. On an open day the hours run forwards and each
 * break lies inside them without overlapping another (a lunch and an afternoon break, say).
 */
export const workingDaySchema = workingDayShape.superRefine((day, ctx) => {
  if (!day.open) return;
  if (day.from >= day.to) {
    ctx.addIssue({ code: 'custom', message: 'errors.minAboveMax', path: ['to'] });
    return;
  }
  const sorted = day.breaks.map((b, i) => ({ ...b, i })).sort((a, b) => a.from.localeCompare(b.from));
  sorted.forEach((b, k) => {
    if (b.from < day.from || b.to > day.to)
      ctx.addIssue({ code: 'custom', message: 'errors.breakOutsideHours', path: ['breaks', b.i, 'from'] });
    else if (k > 0 && b.from < (sorted[k - 1] as { to: string }).to)
      ctx.addIssue({ code: 'custom', message: 'errors.breaksOverlap', path: ['breaks', b.i, 'from'] });
  });
});
export type WorkingDay = z.output<typeof workingDaySchema>;

const weekday = (open: boolean): WorkingDay => ({
  open,
  from: '09:00',
  to: '18:00',
  breaks: open ? [{ from: '13:00', to: '14:00' }] : [],
});

/** Monday first. */
export const DEFAULT_WORKING_WEEK: WorkingDay[] = [true, true, true, true, true, false, false].map(weekday);
export const workingWeekSchema = z.array(workingDaySchema).length(7).default(DEFAULT_WORKING_WEEK);
/**
 * A week as an earlier version saved it, before breaks had to lie inside the hours: read back as it
 * is (the diary copes with any breaks), and checked by the stricter rules when it is next saved.
 */
export const storedWorkingWeekSchema = z.array(workingDayShape).length(7).default(DEFAULT_WORKING_WEEK);
export const daysOffSchema = z.array(isoDate).max(400, { error: 'errors.tooMany' }).default([]);

export interface WorkingHours {
  workingWeek: WorkingDay[];
  daysOff: string[];
}

/** 0 for Monday ... 6 for Sunday, of a YYYY-MM-DD date. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function isWorkingDay(hours: WorkingHours, date: string): boolean {
  return !hours.daysOff.includes(date) && Boolean(hours.workingWeek[weekdayIndex(date)]?.open);
}

export type HoursProblem = 'dayOff' | 'outsideHours' | 'duringBreak';

/** Whether a stretch of a day (wall-clock start and minutes) fits the clinic's working hours. */
export function hoursProblem(
  hours: WorkingHours,
  date: string,
  time: string,
  durationMin: number,
): HoursProblem | null {
  if (!isWorkingDay(hours, date)) return 'dayOff';
  const day = hours.workingWeek[weekdayIndex(date)] as WorkingDay;
  const start = minutesOf(time);
  const end = start + durationMin;
  if (start < minutesOf(day.from) || end > minutesOf(day.to)) return 'outsideHours';
  if (day.breaks.some((b) => start < minutesOf(b.to) && end > minutesOf(b.from))) return 'duringBreak';
  return null;
}

/**
 * The first start time from `after` (HH:MM) on a date, in 15-minute steps, where `durationMin` fits
 * the working hours and no taken span ([start, end) minutes of the day); null when none does.
 */
export function firstFreeTime(
  hours: WorkingHours,
  date: string,
  durationMin: number,
  taken: readonly [number, number][],
): string | null {
  if (!isWorkingDay(hours, date)) return null;
  const day = hours.workingWeek[weekdayIndex(date)] as WorkingDay;
  for (let start = minutesOf(day.from); start + durationMin <= minutesOf(day.to); start += 15) {
    const time = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
    if (hoursProblem(hours, date, time, durationMin)) continue;
    if (taken.some(([a, b]) => start < b && start + durationMin > a)) continue;
    return time;
  }
  return null;
}
