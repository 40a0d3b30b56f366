/**
 * Course schedules: when the next session of a course is due. Pure and calendar-based (YYYY-MM-DD),
 * so the same plan and the same session dates always give the same answer.
 */
export interface DayRange {
  minDays: number;
  maxDays: number;
}

export interface CoursePlan {
  plannedSessions: number;
  /** The first gaps: after each of the first `initialSessions` sessions, wait this long. */
  initialSessions: number;
  initialInterval: DayRange;
  /** Every later gap within the course. */
  laterInterval: DayRange;
  /** After the course: a maintenance top-up this often; null when none is planned. */
  maintenanceInterval: DayRange | null;
}

export type DuePhase = 'course' | 'maintenance';

export interface NextDue {
  phase: DuePhase;
  /** The number of the session that is due (planned + k for the k-th top-up). */
  sessionNumber: number;
  /** The earliest sensible date; the date the recall list counts from. */
  dueDate: string;
  /** After this date the session is overdue. */
  latestDate: string;
}

export type DueStanding = 'upcoming' | 'due' | 'overdue';

const DAY_MS = 86_400_000;

function toUtcDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromUtcDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus a number of days, across month, year and leap-day boundaries. */
export const addDays = (iso: string, days: number): string => fromUtcDays(toUtcDays(iso) + days);

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => toUtcDays(b) - toUtcDays(a);

/** The gap that follows session number `done` (1-based) of a course. */
export function gapAfter(plan: CoursePlan, done: number): DayRange | null {
  if (done < plan.plannedSessions) {
    return done <= plan.initialSessions ? plan.initialInterval : plan.laterInterval;
  }
  return plan.maintenanceInterval;
}

/**
 * The next session due, given the dates (YYYY-MM-DD) of the sessions already done. With none done
 * the first session is due on the course's start date. Null when the course is complete and no
 * maintenance is planned.
 */
export function nextDue(
  plan: CoursePlan,
  startDate: string,
  sessionDates: readonly string[],
): NextDue | null {
  const done = sessionDates.length;
  if (done === 0) {
    return { phase: 'course', sessionNumber: 1, dueDate: startDate, latestDate: startDate };
  }
  const last = [...sessionDates].sort().at(-1) as string;
  const gap = gapAfter(plan, done);
  if (!gap) return null;
  return {
    phase: done < plan.plannedSessions ? 'course' : 'maintenance',
    sessionNumber: done + 1,
    dueDate: addDays(last, gap.minDays),
    latestDate: addDays(last, gap.maxDays),
  };
}

/** Where today stands against a due window. */
export function dueStanding(due: Pick<NextDue, 'dueDate' | 'latestDate'>, today: string): DueStanding {
  if (today > due.latestDate) return 'overdue';
  if (today >= due.dueDate) return 'due';
  return 'upcoming';
}
