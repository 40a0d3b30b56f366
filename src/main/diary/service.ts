import { firstFreeTime, hoursProblem, isWorkingDay, type WorkingHours } from '../../shared/diary/hours';
import { projectCourse } from '../../shared/diary/projection';
import {
  type Appointment,
  type AppointmentFields,
  type AppointmentStatus,
  type BookingProposal,
  type BookingWarning,
  type BookingWarningDetails,
  type DiaryEntry,
  MAX_DURATION_MIN,
  type WeekEntry,
} from '../../shared/diary/schema';
import { localToUtc, minutesOf, utcToLocal } from '../../shared/diary/zone';
import { addDays } from '../../shared/treatments/schedule';
import { sessionFieldsSchema } from '../../shared/treatments/sessions';
import type { TreatmentDeps } from '../catalog/products';
import { AppError, notFound } from '../errors';
import { createPatientRepository } from '../patients/repository';
import { clinicClock } from '../settings/clinic-clock';
import type { SettingsService } from '../settings/service';
import { type CourseService, planOf } from '../treatments/courses';
import type { SessionService } from '../treatments/sessions';
import { type DayNeedContext, dayNeeds } from './needs';
import { createAppointmentRepository, toAppointment } from './repository';

export interface DiaryDeps extends TreatmentDeps {
  settings: SettingsService;
  courses: CourseService;
  sessions: SessionService;
  /** The before-photo views a session still lacks (the photo service's own answer). */
  missingBeforeViews: DayNeedContext['missingBeforeViews'];
}

export interface Slot {
  date: string;
  time: string;
  durationMin: number;
}

const isActive = (status: AppointmentStatus) => status === 'booked' || status === 'arrived';
const invalid = (field: string, key: string) =>
  new AppError('VALIDATION', 'errors.validation', { [field]: key });
const stale = () => new AppError('CONFLICT', 'errors.staleEdit', undefined, { kind: 'stale' });

/** Appointments: booking with its checks, the day's steps (arrive, done, cancel, no-show), the views. */
export function createDiaryService({
  db,
  now,
  newId,
  settings,
  courses,
  sessions,
  missingBeforeViews,
}: DiaryDeps) {
  const repo = createAppointmentRepository(db);
  const patients = createPatientRepository(db);
  const stamp = () => now().toISOString();

  const { timeZone, today } = clinicClock(settings, now);
  const hours = (): WorkingHours => {
    const s = settings.get();
    return { workingWeek: s.workingWeek, daysOff: s.daysOff };
  };

  /** The UTC start and end of a wall-clock slot; a clock change inside it is refused. */
  function instants(slot: Slot, zone: string) {
    const start = localToUtc(slot.date, slot.time, zone);
    if (!start.ok)
      throw invalid('time', start.reason === 'skipped' ? 'errors.timeSkipped' : 'errors.timeRepeated');
    const endsAt = new Date(Date.parse(start.utc) + slot.durationMin * 60_000).toISOString();
    const end = utcToLocal(endsAt, zone);
    const wallMinutes = (end.date > slot.date ? 1440 : 0) + minutesOf(end.time) - minutesOf(slot.time);
    if (end.date !== slot.date && !(end.date === addDays(slot.date, 1) && end.time === '00:00'))
      throw invalid('durationMin', 'errors.pastMidnight');
    if (wallMinutes !== slot.durationMin) throw invalid('time', 'errors.crossesClockChange');
    return { startsAt: start.utc, endsAt };
  }

  const mustPatient = patients.must;

  function mustAppointment(id: number, version?: number) {
    const row = repo.get(id);
    if (!row) throw notFound('appointment');
    if (version !== undefined && row.version !== version) throw stale();
    return row;
  }

  const signedDates = db
    .prepare<[number], string>(
      "SELECT performed_on FROM sessions WHERE course_id = ? AND status = 'signed' ORDER BY performed_on",
    )
    .pluck();

  /** The course's coming sessions with every booking but `exceptId` (and `exceptNumber`) counted. */
  function projection(courseId: number, exceptId = 0, exceptNumber = 0) {
    const course = courses.get(courseId);
    const booked = repo.bookedForCourse(courseId, exceptId);
    booked.delete(exceptNumber);
    return projectCourse(planOf(course), course.startDate, signedDates.all(courseId), booked);
  }

  /** The window of a course's session, given its other bookings; undefined when the plan does not reach it. */
  const windowOf = (courseId: number, sessionNumber: number, exceptId: number) =>
    projection(courseId, exceptId, sessionNumber).find((s) => s.sessionNumber === sessionNumber);

  /** The first session of the course that no appointment is booked for yet. */
  const nextUnbooked = (courseId: number) => {
    const next = projection(courseId).at(-1);
    return next && !next.bookedDate ? next : undefined;
  };

  function warningsFor(
    slot: Slot,
    at: { startsAt: string; endsAt: string },
    id: number,
    course: { courseId: number | null; sessionNumber: number | null },
  ): BookingWarning[] {
    const warnings: BookingWarning[] = [];
    const earliest = new Date(Date.parse(at.startsAt) - MAX_DURATION_MIN * 60_000).toISOString();
    if (repo.overlapping({ start: at.startsAt, end: at.endsAt, earliest, id }).length)
      warnings.push('overlap');
    const problem = hoursProblem(hours(), slot.date, slot.time, slot.durationMin);
    if (problem) warnings.push(problem);
    if (course.courseId && course.sessionNumber) {
      const w = windowOf(course.courseId, course.sessionNumber, id);
      if (w && w.sessionNumber > 1 && (slot.date < w.dueDate || slot.date > w.latestDate))
        warnings.push('outsideWindow');
    }
    return warnings;
  }

  function refuseUnaccepted(warnings: BookingWarning[], accept: readonly BookingWarning[]) {
    const open = warnings.filter((w) => !accept.includes(w));
    if (open.length) {
      const details: BookingWarningDetails = { kind: 'bookingWarnings', warnings: open };
      throw new AppError('CONFLICT', 'errors.bookingWarnings', undefined, details);
    }
  }

  const get = (id: number): Appointment => toAppointment(mustAppointment(id));

  const isDraft = db.prepare<[number], number>("SELECT status = 'draft' FROM sessions WHERE id = ?").pluck();

  function withNeeds(entries: Omit<DiaryEntry, 'needs'>[]): DiaryEntry[] {
    // A started session keeps its appointment's needs until it is signed (the day check, the photos).
    const open = (e: Omit<DiaryEntry, 'needs'>) =>
      isActive(e.status) || (e.status === 'done' && e.sessionId !== null && isDraft.get(e.sessionId) === 1);
    const active = entries.filter(open);
    const s = settings.get();
    const needs = dayNeeds(db, {
      patientIds: [...new Set(active.map((e) => e.patientId))],
      appointmentIds: active.map((e) => e.id),
      now: now(),
      intakeValidityMonths: s.intakeValidityMonths,
      beforePhotosRequired: s.beforePhotosRequired,
      missingBeforeViews,
    });
    return entries.map((e) => ({ ...e, needs: open(e) ? (needs.get(e.patientId) ?? []) : [] }));
  }

  /** The UTC bounds of the clinic's days from..to inclusive. */
  function daysBounds(from: string, to: string) {
    const zone = timeZone();
    const edge = (date: string) => {
      const r = localToUtc(date, '00:00', zone);
      // A midnight skipped by a clock change: the day then starts an hour later.
      return r.ok ? r.utc : (localToUtc(date, '01:00', zone) as { utc: string }).utc;
    };
    return { from: edge(from), to: edge(addDays(to, 1)) };
  }

  function day(date: string): DiaryEntry[] {
    const b = daysBounds(date, date);
    return withNeeds(repo.range(b.from, b.to));
  }

  function step(
    id: number,
    version: number,
    from: readonly AppointmentStatus[],
    status: AppointmentStatus,
    reason: string | null = null,
  ) {
    const row = mustAppointment(id, version);
    if (!from.includes(row.status)) throw new AppError('CONFLICT', `errors.appointmentIs.${row.status}`);
    repo.setStatus({ id, status, reason, sessionId: null, now: stamp() });
    return get(id);
  }

  return {
    timeZone,
    today,
    get,
    entry(id: number): DiaryEntry {
      const entry = repo.entry(id);
      if (!entry) throw notFound('appointment');
      return withNeeds([entry])[0] as DiaryEntry;
    },
    book(fields: AppointmentFields, accept: readonly BookingWarning[]): Appointment {
      const patient = mustPatient(fields.patientId);
      if (patient.archivedAt) throw invalid('patientId', 'errors.patientArchived');
      let sessionNumber = fields.sessionNumber;
      if (fields.courseId) {
        const course = courses.get(fields.courseId);
        if (course.patientId !== patient.id) throw invalid('courseId', 'errors.courseOfOtherPatient');
        if (sessionNumber === null && (fields.type === 'treatment' || fields.type === 'touch-up'))
          sessionNumber = nextUnbooked(course.id)?.sessionNumber ?? null;
      } else if (sessionNumber !== null) throw invalid('sessionNumber', 'errors.sessionNeedsCourse');
      const zone = timeZone();
      const at = instants(fields, zone);
      refuseUnaccepted(warningsFor(fields, at, 0, { courseId: fields.courseId, sessionNumber }), accept);
      const id = repo.insert({
        uid: newId(),
        patientId: patient.id,
        courseId: fields.courseId,
        sessionNumber,
        type: fields.type,
        ...at,
        date: fields.date,
        time: fields.time,
        durationMin: fields.durationMin,
        timeZone: zone,
        note: fields.note,
        now: stamp(),
      });
      return get(id);
    },
    move(id: number, version: number, slot: Slot, accept: readonly BookingWarning[]): Appointment {
      const row = mustAppointment(id, version);
      if (row.status !== 'booked') throw new AppError('CONFLICT', `errors.appointmentIs.${row.status}`);
      const zone = timeZone();
      const at = instants(slot, zone);
      refuseUnaccepted(
        warningsFor(slot, at, id, { courseId: row.course_id, sessionNumber: row.session_number }),
        accept,
      );
      repo.move({ id, ...at, ...slot, timeZone: zone, now: stamp() });
      return get(id);
    },
    arrive: (id: number, version: number) => step(id, version, ['booked'], 'arrived'),
    noShow: (id: number, version: number) => step(id, version, ['booked'], 'no-show'),
    cancel: (id: number, version: number, reason: string) =>
      step(id, version, ['booked', 'arrived'], 'cancelled', reason),
    /** The appointment's session: the one recorded for it, else a new draft on the course's plan. */
    startSession(id: number): { sessionId: number; patientId: number; created: boolean } {
      const row = mustAppointment(id);
      if (row.session_id) return { sessionId: row.session_id, patientId: row.patient_id, created: false };
      if (!row.course_id) throw new AppError('CONFLICT', 'errors.appointmentNoCourse');
      if (row.status === 'cancelled' || row.status === 'no-show')
        throw new AppError('CONFLICT', `errors.appointmentIs.${row.status}`);
      const course = courses.get(row.course_id);
      const session = sessions.create(
        row.course_id,
        sessionFieldsSchema.parse({ date: row.local_date, time: row.local_time, areas: course.areas }),
      );
      repo.setStatus({ id, status: 'done', reason: null, sessionId: session.id, now: stamp() });
      return { sessionId: session.id, patientId: row.patient_id, created: true };
    },
    day,
    /** The week view's rows: no day's needs (opening one appointment shows them). */
    range(from: string, to: string): WeekEntry[] {
      if (to > addDays(from, 41)) throw invalid('to', 'errors.rangeTooLong');
      const b = daysBounds(from, to);
      return repo.range(b.from, b.to);
    },
    forPatient(patientId: number): Appointment[] {
      mustPatient(patientId);
      return repo.forPatient(patientId);
    },
    /** Future booked appointments of a patient, all cancelled with one reason. */
    cancelFuture(patientId: number, reason: string): { cancelled: number; ids: number[] } {
      mustPatient(patientId);
      const rows = repo.futureOfPatient(patientId, stamp());
      for (const row of rows)
        repo.setStatus({ id: row.id, status: 'cancelled', reason, sessionId: null, now: stamp() });
      return { cancelled: rows.length, ids: rows.map((r) => r.id) };
    },
    /** Every appointment with who it is for, oldest first (the whole-diary calendar). */
    everything: () => repo.range('', '\uffff'),
    futureCount: (patientId: number) => repo.futureOfPatient(patientId, stamp()).length,
    /** The next unbooked session of a course: its window, and the first free working time in it. */
    proposal(courseId: number): BookingProposal {
      const course = courses.get(courseId);
      const next = nextUnbooked(courseId);
      if (!next) throw new AppError('CONFLICT', 'errors.courseNothingDue');
      const durationMin = 45;
      const h = hours();
      const first = [next.dueDate, today()].sort()[1] as string;
      const last = next.latestDate < first ? addDays(first, 14) : next.latestDate;
      let date = first;
      let time: string | null = null;
      for (let d = first; d <= addDays(last, 60) && !time; d = addDays(d, 1)) {
        if (!isWorkingDay(h, d)) continue;
        const taken = day(d)
          .filter((e) => isActive(e.status))
          .map((e) => [minutesOf(e.time), minutesOf(e.time) + e.durationMin] as [number, number]);
        time = firstFreeTime(h, d, durationMin, taken);
        date = d;
      }
      return {
        courseId,
        patientId: course.patientId,
        indication: course.indication,
        sessionNumber: next.sessionNumber,
        dueDate: next.dueDate,
        latestDate: next.latestDate,
        date,
        time: time ?? '09:00',
        durationMin,
      };
    },
  };
}

export type DiaryService = ReturnType<typeof createDiaryService>;
