import { todayIso } from '../../shared/dates';
import { displayName } from '../../shared/patients/schema';
import {
  addDays,
  type CoursePlan,
  dueStanding,
  type NextDue,
  nextDue,
} from '../../shared/treatments/schedule';
import type { Course, CourseFields, CourseStatus, RecallRow } from '../../shared/treatments/schema';
import { atVersion, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { createPatientRepository } from '../patients/repository';
import { createCourseRows } from './course-rows';

type StoredPlan = Omit<CourseFields, 'startDate' | 'status'>;

interface CourseRow {
  id: number;
  patient_id: number;
  plan_json: string;
  start_date: string;
  status: CourseStatus;
  sessions_done: number;
  next_phase: NextDue['phase'] | null;
  next_number: number | null;
  next_due_date: string | null;
  next_latest_date: string | null;
  version: number;
}

interface RecallSqlRow {
  id: number;
  patient_id: number;
  number: string;
  first_name: string | null;
  last_name: string;
  phone: string | null;
  indication: string;
  next_phase: NextDue['phase'];
  next_number: number;
  next_due_date: string;
  next_latest_date: string;
  booked_id: number | null;
  booked_date: string | null;
  booked_time: string | null;
}

/**
 * The recall list: active courses whose next session is due by a date, soonest first, each with the
 * appointment already booked (or arrived) for that session from today on, if any. The appointment is
 * found per course through its course index, so the list still walks the due-date index alone.
 */
export const RECALL_SQL = `
  SELECT c.id, c.patient_id, p.number, p.first_name, p.last_name, p.phone,
    json_extract(c.plan_json, '$.indication') AS indication, c.next_phase, c.next_number,
    c.next_due_date, c.next_latest_date,
    a.id AS booked_id, a.local_date AS booked_date, a.local_time AS booked_time
  FROM courses c JOIN patients p NOT INDEXED ON p.id = c.patient_id
    LEFT JOIN appointments a ON a.id = (
      SELECT b.id FROM appointments b
      WHERE b.course_id = c.id AND b.status IN ('booked', 'arrived')
        AND b.session_number = c.next_number AND b.local_date >= @today
      ORDER BY b.starts_at LIMIT 1)
  WHERE c.status = 'active' AND c.next_due_date <= @until AND p.archived_at IS NULL
  ORDER BY c.next_due_date, c.id
  LIMIT @limit`;

export const planOf = (plan: StoredPlan): CoursePlan => ({
  plannedSessions: plan.plannedSessions,
  initialSessions: plan.initialSessions,
  initialInterval: plan.initialInterval,
  laterInterval: plan.laterInterval,
  maintenanceInterval: plan.maintenanceInterval,
});

/** Courses (treatment plans) and the recall list built from their stored next due dates. */
/** `today`: the clinic's date (its time zone); the computer's local date when not given. */
export function createCourseService({
  db,
  now,
  newId,
  today = () => todayIso(now()),
}: ServiceDeps & { today?: () => string }) {
  const patients = createPatientRepository(db);
  const byId = db.prepare<[number], CourseRow>('SELECT * FROM courses WHERE id = ?');
  const byPatient = db.prepare<[number], CourseRow>(
    'SELECT * FROM courses WHERE patient_id = ? ORDER BY id DESC',
  );
  const rows = createCourseRows(db);
  const update = db.prepare(`
    UPDATE courses SET plan_json = @plan, start_date = @startDate, status = @status, updated_at = @now,
      version = version + 1
    WHERE id = @id`);
  const signedDates = db.prepare<[number], string>(
    "SELECT performed_on FROM sessions WHERE course_id = ? AND status = 'signed' ORDER BY performed_on",
  );
  const storeDue = db.prepare(`
    UPDATE courses SET sessions_done = @done, next_phase = @phase, next_number = @number,
      next_due_date = @dueDate, next_latest_date = @latestDate
    WHERE id = @id`);
  const recall = db.prepare<[{ until: string; today: string; limit: number }], RecallSqlRow>(RECALL_SQL);

  function toCourse(row: CourseRow): Course {
    const plan = JSON.parse(row.plan_json) as StoredPlan;
    const due: NextDue | null =
      row.next_due_date && row.next_latest_date && row.next_phase && row.next_number
        ? {
            phase: row.next_phase,
            sessionNumber: row.next_number,
            dueDate: row.next_due_date,
            latestDate: row.next_latest_date,
          }
        : null;
    return {
      ...plan,
      id: row.id,
      patientId: row.patient_id,
      startDate: row.start_date,
      status: row.status,
      sessionsDone: row.sessions_done,
      nextDue: due,
      standing: due && row.status === 'active' ? dueStanding(due, today()) : null,
      version: row.version,
    };
  }

  const mustCourse = (id: number): Course => toCourse(found(byId.get(id), 'course'));

  /** Recomputes the stored next due date from the plan and the signed sessions' dates. */
  function refreshDue(id: number): void {
    const course = mustCourse(id);
    const dates = signedDates.pluck().all(id) as string[];
    const due = nextDue(planOf(course), course.startDate, dates);
    storeDue.run({
      id,
      done: dates.length,
      phase: due?.phase ?? null,
      number: due?.sessionNumber ?? null,
      dueDate: due?.dueDate ?? null,
      latestDate: due?.latestDate ?? null,
    });
  }

  const stored = (f: CourseFields): string => {
    const { startDate: _s, status: _t, ...plan } = f;
    return JSON.stringify(plan);
  };

  return {
    get: mustCourse,
    list(patientId: number): Course[] {
      patients.must(patientId);
      return byPatient.all(patientId).map(toCourse);
    },
    create(patientId: number, fields: CourseFields): Course {
      patients.must(patientId);
      const at = now().toISOString();
      const id = rows.insert({
        uid: newId(),
        patientId,
        planJson: stored(fields),
        startDate: fields.startDate,
        status: fields.status,
        sessionsDone: 0,
        nextPhase: null,
        nextNumber: null,
        nextDueDate: null,
        nextLatestDate: null,
        createdAt: at,
        updatedAt: at,
      });
      refreshDue(id);
      return mustCourse(id);
    },
    update(id: number, version: number, fields: CourseFields): Course {
      atVersion(mustCourse(id), version);
      update.run({
        id,
        plan: stored(fields),
        startDate: fields.startDate,
        status: fields.status,
        now: now().toISOString(),
      });
      refreshDue(id);
      return mustCourse(id);
    },
    refreshDue,
    recall(aheadDays: number, limit: number): RecallRow[] {
      const day = today();
      return recall.all({ until: addDays(day, aheadDays), today: day, limit }).map((r) => ({
        courseId: r.id,
        patientId: r.patient_id,
        patientNumber: r.number,
        patientName: displayName({ firstName: r.first_name, lastName: r.last_name }),
        phone: r.phone,
        indication: r.indication,
        phase: r.next_phase,
        sessionNumber: r.next_number,
        dueDate: r.next_due_date,
        latestDate: r.next_latest_date,
        standing: dueStanding({ dueDate: r.next_due_date, latestDate: r.next_latest_date }, day),
        booked:
          r.booked_id !== null && r.booked_date !== null && r.booked_time !== null
            ? { appointmentId: r.booked_id, date: r.booked_date, time: r.booked_time }
            : null,
      }));
    },
  };
}

export type CourseService = ReturnType<typeof createCourseService>;
