import type { Appointment, AppointmentStatus, AppointmentType, DiaryEntry } from '../../shared/diary/schema';
import { displayName } from '../../shared/patients/schema';
import type { Db } from '../db/types';

export interface AppointmentRow {
  id: number;
  uid: string;
  patient_id: number;
  course_id: number | null;
  session_number: number | null;
  session_id: number | null;
  type: AppointmentType;
  starts_at: string;
  ends_at: string;
  local_date: string;
  local_time: string;
  duration_min: number;
  time_zone: string;
  status: AppointmentStatus;
  cancel_reason: string | null;
  note: string;
  created_at: string;
  updated_at: string;
  version: number;
  planned_sessions: number | null;
}

/** A diary row as the raw statement returns it, in DIARY_RANGE_SQL's column order. */
type EntryRow = [
  id: number,
  patientId: number,
  courseId: number | null,
  sessionNumber: number | null,
  sessionId: number | null,
  type: AppointmentType,
  startsAt: string,
  endsAt: string,
  date: string,
  time: string,
  durationMin: number,
  timeZone: string,
  status: AppointmentStatus,
  cancelReason: string | null,
  note: string,
  createdAt: string,
  updatedAt: string,
  version: number,
  plannedSessions: number | null,
  number: string,
  firstName: string | null,
  lastName: string,
  preferredName: string | null,
  indication: string | null,
  remindedAt: string | null,
];

export const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id,
  patientId: r.patient_id,
  courseId: r.course_id,
  sessionNumber: r.session_number,
  plannedSessions: r.planned_sessions,
  sessionId: r.session_id,
  type: r.type,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  date: r.local_date,
  time: r.local_time,
  durationMin: r.duration_min,
  timeZone: r.time_zone,
  status: r.status,
  cancelReason: r.cancel_reason,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const PLANNED =
  "(SELECT json_extract(c.plan_json, '$.plannedSessions') FROM courses c WHERE c.id = a.course_id)";

/**
 * The diary's rows with who they are for; the week view walks appointments_by_start. Read as arrays
 * (a week holds hundreds of rows): the columns are in EntryRow's order.
 */
export const DIARY_RANGE_SQL = `
  SELECT a.id, a.patient_id, a.course_id, a.session_number, a.session_id, a.type, a.starts_at, a.ends_at,
    a.local_date, a.local_time, a.duration_min, a.time_zone, a.status, a.cancel_reason, a.note, a.created_at,
    a.updated_at, a.version, ${PLANNED} AS planned_sessions, p.number, p.first_name, p.last_name, p.preferred_name,
    (SELECT json_extract(c.plan_json, '$.indication') FROM courses c WHERE c.id = a.course_id) AS indication,
    (SELECT max(r.sent_at) FROM appointment_reminders r WHERE r.appointment_id = a.id) AS reminded_at
  FROM appointments a INDEXED BY appointments_by_start JOIN patients p ON p.id = a.patient_id
  WHERE a.starts_at >= @from AND a.starts_at < @to
  ORDER BY a.starts_at, a.id`;

/** Data access for appointments. Callers own the transaction. */
export function createAppointmentRepository(db: Db) {
  const byId = db.prepare<[number], AppointmentRow>(
    `SELECT a.*, ${PLANNED} AS planned_sessions FROM appointments a WHERE a.id = ?`,
  );
  const entryById = db.prepare<[number], EntryRow>(
    DIARY_RANGE_SQL.replace('INDEXED BY appointments_by_start ', '')
      .replace('a.starts_at >= @from AND a.starts_at < @to', 'a.id = ?')
      .replace('ORDER BY a.starts_at, a.id', ''),
  );
  entryById.raw();
  const range = db.prepare<{ from: string; to: string }, EntryRow>(DIARY_RANGE_SQL);
  range.raw();
  const byPatient = db.prepare<[number], AppointmentRow>(
    `SELECT a.*, ${PLANNED} AS planned_sessions FROM appointments a WHERE a.patient_id = ? ORDER BY a.starts_at DESC, a.id DESC`,
  );
  const insert = db.prepare(`
    INSERT INTO appointments (uid, patient_id, course_id, session_number, type, starts_at, ends_at, local_date,
      local_time, duration_min, time_zone, status, note, created_at, updated_at)
    VALUES (@uid, @patientId, @courseId, @sessionNumber, @type, @startsAt, @endsAt, @date, @time, @durationMin,
      @timeZone, 'booked', @note, @now, @now)`);
  const moveStmt = db.prepare(`
    UPDATE appointments SET starts_at = @startsAt, ends_at = @endsAt, local_date = @date, local_time = @time,
      duration_min = @durationMin, time_zone = @timeZone, updated_at = @now, version = version + 1
    WHERE id = @id`);
  const setStatus = db.prepare(`
    UPDATE appointments SET status = @status, cancel_reason = @reason, session_id = coalesce(@sessionId, session_id),
      updated_at = @now, version = version + 1
    WHERE id = @id`);
  /** Appointments that still hold their time: everything but cancelled and no-show. */
  const overlapping = db.prepare<{ start: string; end: string; earliest: string; id: number }, number>(`
    SELECT id FROM appointments
    WHERE starts_at >= @earliest AND starts_at < @end AND ends_at > @start AND id <> @id
      AND status IN ('booked', 'arrived', 'done')`);
  const bookedForCourse = db.prepare<[number, number], { session_number: number; local_date: string }>(`
    SELECT session_number, local_date FROM appointments
    WHERE course_id = ? AND status IN ('booked', 'arrived') AND session_number IS NOT NULL AND id <> ?`);
  const futureOfPatient = db.prepare<[number, string], AppointmentRow>(`
    SELECT a.*, NULL AS planned_sessions FROM appointments a
    WHERE a.patient_id = ? AND a.starts_at >= ? AND a.status = 'booked'`);

  const toEntry = (r: EntryRow): Omit<DiaryEntry, 'needs'> => ({
    id: r[0],
    patientId: r[1],
    courseId: r[2],
    sessionNumber: r[3],
    sessionId: r[4],
    type: r[5],
    startsAt: r[6],
    endsAt: r[7],
    date: r[8],
    time: r[9],
    durationMin: r[10],
    timeZone: r[11],
    status: r[12],
    cancelReason: r[13],
    note: r[14],
    createdAt: r[15],
    updatedAt: r[16],
    version: r[17],
    plannedSessions: r[18],
    patientNumber: r[19],
    patientName: displayName({ firstName: r[22] ?? r[20], lastName: r[21] }),
    indication: r[23],
    remindedAt: r[24],
  });

  return {
    get: (id: number) => byId.get(id),
    entry: (id: number) => {
      const row = entryById.get(id);
      return row ? toEntry(row) : undefined;
    },
    range: (from: string, to: string) => range.all({ from, to }).map(toEntry),
    forPatient: (patientId: number) => byPatient.all(patientId).map(toAppointment),
    insert: (values: Record<string, unknown>) => Number(insert.run(values).lastInsertRowid),
    move: (values: Record<string, unknown>) => moveStmt.run(values),
    setStatus: (values: {
      id: number;
      status: AppointmentStatus;
      reason: string | null;
      sessionId: number | null;
      now: string;
    }) => setStatus.run(values),
    overlapping: (args: { start: string; end: string; earliest: string; id: number }) =>
      overlapping.all(args),
    bookedForCourse: (courseId: number, exceptId: number) =>
      new Map(bookedForCourse.all(courseId, exceptId).map((r) => [r.session_number, r.local_date])),
    futureOfPatient: (patientId: number, from: string) => futureOfPatient.all(patientId, from),
  };
}

export type AppointmentRepository = ReturnType<typeof createAppointmentRepository>;
