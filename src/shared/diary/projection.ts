import { type CoursePlan, type NextDue, nextDue } from '../treatments/schedule';

export interface ProjectedSession extends NextDue {
  /** The date the session is booked for, when it is. */
  bookedDate: string | null;
}

/**
 * The course's coming sessions: each booked treatment counts as given on its booked date, so the
 * windows after it follow the booking; moving it moves them. Ends with the first session not booked
 * (or when the plan has nothing more).
 */
export function projectCourse(
  plan: CoursePlan,
  startDate: string,
  doneDates: readonly string[],
  booked: ReadonlyMap<number, string>,
): ProjectedSession[] {
  const dates = [...doneDates];
  const out: ProjectedSession[] = [];
  for (let guard = 0; guard < 100; guard++) {
    const due = nextDue(plan, startDate, dates);
    if (!due) break;
    const bookedDate = booked.get(due.sessionNumber) ?? null;
    out.push({ ...due, bookedDate });
    if (!bookedDate) break;
    dates.push(bookedDate);
  }
  return out;
}
