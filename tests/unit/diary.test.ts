import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RECALL_REMINDERS_DUE_SQL, REMINDERS_DUE_SQL } from '../../src/main/diary/reminders';
import { DIARY_RANGE_SQL } from '../../src/main/diary/repository';
import type { Appointment, BookingProposal, DiaryEntry } from '../../src/shared/diary/schema';
import type { ExportResult } from '../../src/shared/exports/schema';
import type {
  Bundle,
  Appointment as FhirAppointment,
  Patient as FhirPatient,
} from '../../src/shared/fhir/r4';
import { parseCsv } from '../../src/shared/imports/csv';
import type { ImportReport } from '../../src/shared/imports/schema';
import type { Patient } from '../../src/shared/patients/schema';
import type { Result } from '../../src/shared/result';
import type { RecallRow, Session, TimelinePage } from '../../src/shared/treatments/schema';
import { apiPerTest, createTestDb, type TestDb, testApi } from '../fixtures/db';
import { validateBundle } from '../fixtures/fhir-validate';
import { patientFields } from '../fixtures/patients';
import { answerDayCheck, callOk, readyPatient, startCourse } from '../fixtures/treatments';

const t = apiPerTest((test) => ({ dataDir: test.dir }));
beforeEach(async () => {
  await callOk(t.api, 'settings.update', { patch: { clinicTimeZone: 'Europe/London' } });
});

const errorOf = (r: Result<unknown>) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const fields = (patientId: number, over: Record<string, unknown> = {}) => ({
  patientId,
  type: 'consultation',
  date: '2026-03-10',
  time: '10:00',
  durationMin: 30,
  ...over,
});
const book = (patientId: number, over: Record<string, unknown> = {}, accept: string[] = []) =>
  t.api.call('appointments.book', { fields: fields(patientId, over), accept });
const count = (table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

async function patientWithCourse() {
  const { patient } = await readyPatient(t.api);
  const course = await startCourse(t.api, patient.id, { startDate: '2026-03-02' });
  return { patient, course };
}

describe('booking', () => {
  it('stores UTC and the clinic zone, and shows the clinic wall clock on both sides of the clock change', async () => {
    const { patient } = await readyPatient(t.api);
    const winter = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id),
      accept: [],
    });
    const summer = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id, { date: '2026-04-07' }),
      accept: [],
    });
    expect(winter).toMatchObject({
      startsAt: '2026-03-10T10:00:00.000Z',
      time: '10:00',
      timeZone: 'Europe/London',
    });
    expect(summer).toMatchObject({
      startsAt: '2026-04-07T09:00:00.000Z',
      endsAt: '2026-04-07T09:30:00.000Z',
    });
    const day = await callOk<DiaryEntry[]>(t.api, 'appointments.day', { date: '2026-04-07' });
    expect(day.map((e) => [e.id, e.time, e.status])).toEqual([[summer.id, '10:00', 'booked']]);
    // The patient has a signed intake and consent: nothing is needed on the day.
    expect(day[0]?.needs).toEqual([]);
  });

  it('refuses bad input with a message on the field and saves nothing', async () => {
    const { patient } = await readyPatient(t.api);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ durationMin: 0 }, 'durationMin', 'errors.durationZero'],
      [{ date: '1900-03-10' }, 'date', 'errors.diaryDateRange'],
      [{ date: '2200-03-10' }, 'date', 'errors.diaryDateRange'],
      [{ date: '2026-03-29', time: '01:30' }, 'time', 'errors.timeSkipped'],
      [{ date: '2026-10-25', time: '01:30' }, 'time', 'errors.timeRepeated'],
      [{ date: '2026-03-29', time: '00:30', durationMin: 60 }, 'time', 'errors.crossesClockChange'],
      [{ time: '23:30', durationMin: 60 }, 'durationMin', 'errors.pastMidnight'],
    ];
    for (const [over, field, message] of cases) {
      const error = errorOf(await book(patient.id, over, ['outsideHours', 'dayOff']));
      expect(error.fields?.[field], JSON.stringify(over)).toBe(message);
    }
    expect(count('appointments')).toBe(0);
    expect(count("audit_log WHERE entity = 'appointment'")).toBe(0);
  });

  it('warns of a double booking and outside hours, and books when the practitioner accepts', async () => {
    const { patient } = await readyPatient(t.api);
    const other = await callOk<Patient>(t.api, 'patients.create', {
      fields: patientFields({ lastName: 'Other' }),
      allowDuplicate: true,
    });
    await callOk(t.api, 'appointments.book', { fields: fields(patient.id), accept: [] });
    const clash = errorOf(await book(other.id, { time: '10:15' }));
    expect(clash).toMatchObject({
      code: 'CONFLICT',
      details: { kind: 'bookingWarnings', warnings: ['overlap'] },
    });
    const saturday = errorOf(await book(other.id, { date: '2026-03-14' }));
    expect(saturday.details).toEqual({ kind: 'bookingWarnings', warnings: ['dayOff'] });
    const lunch = errorOf(await book(other.id, { time: '12:45' }));
    expect(lunch.details).toEqual({ kind: 'bookingWarnings', warnings: ['duringBreak'] });
    expect(count('appointments')).toBe(1);
    await callOk(t.api, 'appointments.book', {
      fields: fields(other.id, { time: '10:15' }),
      accept: ['overlap'],
    });
    expect(count('appointments')).toBe(2);
    // Back to back is not a double booking.
    await callOk(t.api, 'appointments.book', { fields: fields(other.id, { time: '11:00' }), accept: [] });
  });

  it("refuses an archived patient, and cancels a patient's future appointments in one step", async () => {
    const { patient } = await readyPatient(t.api);
    await callOk(t.api, 'appointments.book', { fields: fields(patient.id), accept: [] });
    await callOk(t.api, 'appointments.book', {
      fields: fields(patient.id, { date: '2026-03-11' }),
      accept: [],
    });
    const done = await callOk<{ cancelled: number }>(t.api, 'appointments.cancelFuture', {
      patientId: patient.id,
      reason: 'Moved away',
    });
    expect(done.cancelled).toBe(2);
    const list = await callOk<Appointment[]>(t.api, 'appointments.forPatient', { patientId: patient.id });
    expect(list.map((a) => [a.status, a.cancelReason])).toEqual([
      ['cancelled', 'Moved away'],
      ['cancelled', 'Moved away'],
    ]);
    await callOk(t.api, 'patients.archive', { id: patient.id });
    const refused = errorOf(await book(patient.id, { date: '2026-03-12' }));
    expect(refused.fields).toEqual({ patientId: 'errors.patientArchived' });
  });

  it('lists what each patient needs on the day', async () => {
    const bare = await callOk<Patient>(t.api, 'patients.create', {
      fields: patientFields(),
      allowDuplicate: true,
    });
    await callOk(t.api, 'appointments.book', { fields: fields(bare.id), accept: [] });
    const [entry] = await callOk<DiaryEntry[]>(t.api, 'appointments.day', { date: '2026-03-10' });
    expect(entry?.needs).toEqual([{ key: 'intakeMissing' }, { key: 'consentMissing' }]);
  });

  it('lists the day-of check and the before photos of a treatment until they are done', async () => {
    const { patient, course } = await patientWithCourse();
    await callOk(t.api, 'settings.update', { patch: { beforePhotosRequired: true } });
    const a = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id, { type: 'treatment', courseId: course.id, date: '2026-03-02' }),
      accept: [],
    });
    const needs = async () =>
      (await callOk<DiaryEntry[]>(t.api, 'appointments.day', { date: '2026-03-02' }))[0]?.needs;
    // Not started: the course's areas (cheeks, forehead) call for the five face views.
    expect(await needs()).toEqual([{ key: 'dayCheckMissing' }, { key: 'beforePhotosMissing', count: 5 }]);

    const { sessionId } = await callOk<{ sessionId: number }>(t.api, 'appointments.startSession', {
      id: a.id,
    });
    await answerDayCheck(t.api, sessionId);
    for (const view of ['face-front', 'face-left-45', 'face-right-45', 'face-left-profile'])
      await callOk(t.api, 'photos.skipView', { sessionId, view, reason: 'Camera broken' });
    expect(await needs()).toEqual([{ key: 'beforePhotosMissing', count: 1 }]);
    expect((await callOk<DiaryEntry>(t.api, 'appointments.get', { id: a.id })).needs).toEqual([
      { key: 'beforePhotosMissing', count: 1 },
    ]);
    // A clinic that does not require before photos is not told to take them.
    await callOk(t.api, 'settings.update', { patch: { beforePhotosRequired: false } });
    expect(await needs()).toEqual([]);
  });

  it('asks no day-of check or photos of a consultation', async () => {
    const { patient } = await patientWithCourse();
    await callOk(t.api, 'appointments.book', {
      fields: fields(patient.id, { date: '2026-03-02' }),
      accept: [],
    });
    const [entry] = await callOk<DiaryEntry[]>(t.api, 'appointments.day', { date: '2026-03-02' });
    expect(entry?.needs).toEqual([]);
  });
});

describe('the day of the appointment', () => {
  it('arrives, starts the session with the course plan, and audits every step by id only', async () => {
    const { patient, course } = await patientWithCourse();
    const a = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id, { type: 'treatment', courseId: course.id, date: '2026-03-02' }),
      accept: [],
    });
    expect(a).toMatchObject({ sessionNumber: 1, plannedSessions: 6 });
    const arrived = await callOk<Appointment>(t.api, 'appointments.arrive', { id: a.id, version: a.version });
    const started = await callOk<{ sessionId: number; created: boolean }>(
      t.api,
      'appointments.startSession',
      {
        id: a.id,
      },
    );
    expect(started.created).toBe(true);
    const session = await callOk<Session>(t.api, 'sessions.get', { id: started.sessionId });
    expect(session).toMatchObject({
      date: '2026-03-02',
      time: '10:00',
      status: 'draft',
      courseId: course.id,
    });
    expect(session.areas).toEqual(course.areas);
    const again = await callOk<{ sessionId: number; created: boolean }>(t.api, 'appointments.startSession', {
      id: a.id,
    });
    expect(again).toMatchObject({ sessionId: started.sessionId, created: false });
    const after = await callOk<DiaryEntry>(t.api, 'appointments.get', { id: a.id });
    expect(after).toMatchObject({ status: 'done', sessionId: started.sessionId });
    // A done appointment cannot be cancelled or moved.
    expect(
      errorOf(await t.api.call('appointments.cancel', { id: a.id, version: after.version, reason: 'x' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'errors.appointmentIs.done',
    });
    expect(arrived.status).toBe('arrived');
    const audit = t.db
      .prepare(
        "SELECT action, entity, entity_id FROM audit_log WHERE entity IN ('appointment', 'session') ORDER BY id",
      )
      .all();
    expect(audit).toEqual([
      { action: 'book', entity: 'appointment', entity_id: String(a.id) },
      { action: 'arrive', entity: 'appointment', entity_id: String(a.id) },
      { action: 'create', entity: 'session', entity_id: String(started.sessionId) },
      { action: 'open', entity: 'session', entity_id: String(started.sessionId) },
      { action: 'open', entity: 'appointment', entity_id: String(a.id) },
    ]);
  });

  it('cancels with a reason, marks a no-show, and refuses a stale version', async () => {
    const { patient } = await readyPatient(t.api);
    const a = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id),
      accept: [],
    });
    const b = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id, { time: '11:00' }),
      accept: [],
    });
    const noReason = errorOf(
      await t.api.call('appointments.cancel', { id: a.id, version: a.version, reason: ' ' }),
    );
    expect(noReason.fields).toEqual({ reason: 'errors.required' });
    const cancelled = await callOk<Appointment>(t.api, 'appointments.cancel', {
      id: a.id,
      version: a.version,
      reason: 'Unwell',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Unwell' });
    expect(errorOf(await t.api.call('appointments.noShow', { id: a.id, version: a.version })).code).toBe(
      'CONFLICT',
    );
    expect(
      (await callOk<Appointment>(t.api, 'appointments.noShow', { id: b.id, version: b.version })).status,
    ).toBe('no-show');
    // A cancelled slot is free again.
    await callOk(t.api, 'appointments.book', { fields: fields(patient.id), accept: [] });
  });
});

describe('booking from what is due', () => {
  it('proposes the window and the first free working time, and moving a booking moves the next window', async () => {
    const { patient, course } = await patientWithCourse();
    // Session 1 is due on the course's start date, Monday 2 March 2026.
    const first = await callOk<BookingProposal>(t.api, 'appointments.proposal', { courseId: course.id });
    expect(first).toMatchObject({
      sessionNumber: 1,
      dueDate: '2026-03-02',
      date: '2026-03-02',
      time: '09:00',
    });
    const s1 = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: {
        ...fields(patient.id),
        type: 'treatment',
        courseId: course.id,
        date: first.date,
        time: first.time,
        durationMin: first.durationMin,
      },
      accept: [],
    });
    const second = await callOk<BookingProposal>(t.api, 'appointments.proposal', { courseId: course.id });
    expect(second).toMatchObject({
      sessionNumber: 2,
      dueDate: '2026-03-09',
      latestDate: '2026-03-16',
      date: '2026-03-09',
    });
    const late = errorOf(
      await book(patient.id, { type: 'treatment', courseId: course.id, date: '2026-03-20' }),
    );
    expect(late.details).toEqual({ kind: 'bookingWarnings', warnings: ['outsideWindow'] });
    const moved = await callOk<Appointment>(t.api, 'appointments.move', {
      id: s1.id,
      version: s1.version,
      slot: { date: '2026-03-04', time: '10:00', durationMin: 45 },
      accept: [],
    });
    expect(moved).toMatchObject({ date: '2026-03-04', version: 2 });
    const after = await callOk<BookingProposal>(t.api, 'appointments.proposal', { courseId: course.id });
    expect(after).toMatchObject({ sessionNumber: 2, dueDate: '2026-03-11', latestDate: '2026-03-18' });
    expect(t.db.prepare("SELECT action FROM audit_log WHERE entity = 'appointment'").pluck().all()).toEqual([
      'book',
      'move',
    ]);
  });
});

describe('the recall list and what is booked', () => {
  it("shows the next session's booking instead of offering to book it, and offers it again once it is gone", async () => {
    const { patient, course } = await patientWithCourse();
    const recall = async () =>
      (await callOk<RecallRow[]>(t.api, 'recall.list', { aheadDays: 7 })).find(
        (r) => r.courseId === course.id,
      );
    expect((await recall())?.booked).toBeNull();
    // A consultation for the course is not the session itself; a booking for session 2 is not session 1's.
    await callOk(t.api, 'appointments.book', {
      fields: fields(patient.id, { courseId: course.id }),
      accept: [],
    });
    const treatment = (over: Record<string, unknown>, accept: string[]) =>
      callOk<Appointment>(t.api, 'appointments.book', {
        fields: fields(patient.id, { type: 'treatment', courseId: course.id, ...over }),
        accept,
      });
    await treatment({ sessionNumber: 2, date: '2026-03-12' }, ['outsideWindow']);
    expect((await recall())?.booked).toBeNull();
    const s1 = await treatment({ date: '2026-03-03', time: '11:15' }, ['outsideWindow']);
    expect(s1.sessionNumber).toBe(1);
    expect((await recall())?.booked).toEqual({ appointmentId: s1.id, date: '2026-03-03', time: '11:15' });
    // Arrived still counts; cancelled does not.
    const arrived = await callOk<Appointment>(t.api, 'appointments.arrive', {
      id: s1.id,
      version: s1.version,
    });
    expect((await recall())?.booked?.appointmentId).toBe(s1.id);
    await callOk(t.api, 'appointments.cancel', { id: s1.id, version: arrived.version, reason: 'Unwell' });
    expect((await recall())?.booked).toBeNull();
    // A booking whose day has passed without the session is no longer a booking: the course is due again.
    const s1Again = await treatment({ date: '2026-03-02', time: '12:00' }, []);
    expect((await recall())?.booked?.appointmentId).toBe(s1Again.id);
    t.api.clock.advance(2 * 86_400_000);
    expect((await recall())?.booked).toBeNull();
  });
});

describe('appointments in the patient record', () => {
  it('are in the timeline, the record PDF, FHIR and CSV, come back on re-import and go with erasure', async () => {
    const { patient, course } = await patientWithCourse();
    const a = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id, {
        type: 'treatment',
        courseId: course.id,
        date: '2026-03-02',
        note: 'Bring the old notes',
      }),
      accept: [],
    });
    const c = await callOk<Appointment>(t.api, 'appointments.book', {
      fields: fields(patient.id),
      accept: [],
    });
    await callOk(t.api, 'appointments.cancel', { id: c.id, version: c.version, reason: 'Holiday' });
    const timeline = await callOk<TimelinePage>(t.api, 'timeline.forPatient', {
      patientId: patient.id,
      offset: 0,
      limit: 50,
    });
    expect(timeline.items.filter((e) => e.kind === 'appointment').map((e) => [e.id, e.detail])).toEqual([
      [c.id, 'cancelled'],
      [a.id, 'booked'],
    ]);

    const result = await callOk<ExportResult>(t.api, 'exports.patient', { patientId: patient.id });
    expect(result.counts).toMatchObject({ appointments: 2 });
    const bundle = JSON.parse(
      fs.readFileSync(path.join(result.folder, 'fhir-bundle.json'), 'utf8'),
    ) as Bundle;
    expect(validateBundle(bundle)).toEqual([]);
    const fhir = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is FhirAppointment => r?.resourceType === 'Appointment');
    expect(fhir.map((r) => [r.status, r.start, r.minutesDuration, r.cancelationReason?.text])).toEqual([
      ['booked', '2026-03-02T10:00:00.000Z', 30, undefined],
      ['cancelled', '2026-03-10T10:00:00.000Z', 30, 'Holiday'],
    ]);
    const [header = [], ...rows] = parseCsv(
      fs.readFileSync(path.join(result.folder, 'appointments.csv'), 'utf8'),
    ).rows;
    expect(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))).toMatchObject([
      {
        date: '2026-03-02',
        time: '10:00',
        time_zone: 'Europe/London',
        type: 'treatment',
        session_number: '1',
        planned_sessions: '6',
        note: 'Bring the old notes',
      },
      { status: 'cancelled', cancel_reason: 'Holiday' },
    ]);
    const pdfText = fs.readdirSync(result.folder).find((f) => f.endsWith('.pdf') && f.includes('record'));
    expect(pdfText).toBeDefined();

    // Re-import into another clinic: the appointments come back, tied to the re-imported course.
    const other = createTestDb();
    try {
      const otherApi = testApi(other.db);
      const report = await callOk<ImportReport>(otherApi, 'imports.fhir', {
        json: JSON.stringify(bundle),
        fileName: 'bundle.json',
      });
      expect(report.counts).toMatchObject({ patients: 1, appointments: 2 });
      const rows2 = other.db
        .prepare(
          'SELECT a.status, a.starts_at, a.course_id IS NOT NULL AS linked FROM appointments a ORDER BY starts_at',
        )
        .all();
      expect(rows2).toEqual([
        { status: 'booked', starts_at: '2026-03-02T10:00:00.000Z', linked: 1 },
        { status: 'cancelled', starts_at: '2026-03-10T10:00:00.000Z', linked: 0 },
      ]);
    } finally {
      other.close();
    }

    await callOk(t.api, 'patients.erase', { id: patient.id, confirmNumber: patient.number });
    expect(count('appointments')).toBe(0);
  });
});

describe('contact preferences in FHIR', () => {
  async function exportedBundle(patientId: number) {
    const result = await callOk<ExportResult>(t.api, 'exports.patient', { patientId });
    return JSON.parse(fs.readFileSync(path.join(result.folder, 'fhir-bundle.json'), 'utf8')) as Bundle;
  }
  /** Imports the bundle into another clinic and hands over whether it went through, and its database. */
  const reimport = async (bundle: Bundle, check: (db: TestDb['db'], ok: boolean) => void) => {
    const other = createTestDb();
    try {
      const r = await testApi(other.db).call('imports.fhir', {
        json: JSON.stringify(bundle),
        fileName: 'b.json',
      });
      check(other.db, r.ok);
    } finally {
      other.close();
    }
  };

  it('writes the preferred channel as ContactPoint.rank and the consent in an extension, and reads both back', async () => {
    const { patient } = await readyPatient(t.api);
    await callOk(t.api, 'contactPreferences.set', {
      patientId: patient.id,
      fields: { channel: 'text', consent: true },
    });
    const bundle = await exportedBundle(patient.id);
    expect(validateBundle(bundle)).toEqual([]);
    const resource = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')
      ?.resource as FhirPatient;
    expect(resource.telecom?.find((c) => c.system === 'phone')?.rank).toBe(1);
    expect(resource.telecom?.find((c) => c.system === 'email')?.rank).toBeUndefined();
    const stored = t.db
      .prepare('SELECT channel, consent, consent_recorded_at, updated_at FROM patient_contact_preferences')
      .get() as { consent_recorded_at: string; updated_at: string };
    expect(stored.consent_recorded_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(resource.extension?.find((e) => e.url.endsWith('/reminder-preference'))?.extension).toEqual([
      { url: 'channel', valueCode: 'text' },
      { url: 'consent', valueBoolean: true },
      { url: 'consentRecordedAt', valueDateTime: stored.consent_recorded_at },
      { url: 'updatedAt', valueDateTime: stored.updated_at },
    ]);
    await reimport(bundle, (db) => {
      expect(
        db
          .prepare(
            'SELECT channel, consent, consent_recorded_at, updated_at FROM patient_contact_preferences',
          )
          .all(),
      ).toEqual([stored]);
      expect(
        db
          .prepare("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'contact-preference'")
          .pluck()
          .get(),
      ).toBe(1);
    });
  });

  it('brings back a refusal to be contacted, and nothing for a patient who was never asked', async () => {
    const { patient } = await readyPatient(t.api);
    const bare = await exportedBundle(patient.id);
    const resource = bare.entry?.find((e) => e.resource?.resourceType === 'Patient')?.resource as FhirPatient;
    expect(resource.extension?.some((e) => e.url.endsWith('/reminder-preference')) ?? false).toBe(false);
    await reimport(bare, (db) =>
      expect(db.prepare('SELECT count(*) FROM patient_contact_preferences').pluck().get()).toBe(0),
    );

    await callOk(t.api, 'contactPreferences.set', {
      patientId: patient.id,
      fields: { channel: 'email', consent: false },
    });
    await reimport(await exportedBundle(patient.id), (db) =>
      expect(
        db.prepare('SELECT channel, consent, consent_recorded_at FROM patient_contact_preferences').all(),
      ).toEqual([{ channel: 'email', consent: 0, consent_recorded_at: null }]),
    );
  });

  it('refuses the whole bundle when the preference is unreadable', async () => {
    const { patient } = await readyPatient(t.api);
    await callOk(t.api, 'contactPreferences.set', {
      patientId: patient.id,
      fields: { channel: 'email', consent: true },
    });
    const bundle = await exportedBundle(patient.id);
    const resource = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')
      ?.resource as FhirPatient;
    const pref = resource.extension?.find((e) => e.url.endsWith('/reminder-preference'));
    if (pref?.extension?.[0]) pref.extension[0].valueCode = 'pigeon';
    await reimport(bundle, (db, ok) => {
      expect(ok).toBe(false);
      expect(db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(0);
    });
  });
});

describe('query plans', () => {
  const plan = (sql: string, params: Record<string, string>) =>
    t.db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((r) => (r as { detail: string }).detail);

  it('walks the appointments by start time for the week view and for "to remind today"', () => {
    expect(plan(DIARY_RANGE_SQL, { from: 'a', to: 'b' })[0]).toMatch(
      /SEARCH a USING INDEX appointments_by_start/,
    );
    expect(plan(REMINDERS_DUE_SQL, { from: 'a', to: 'b' })[0]).toMatch(
      /SEARCH a USING INDEX appointments_by_start/,
    );
    expect(plan(RECALL_REMINDERS_DUE_SQL, { until: 'a', today: 'b' })[0]).toMatch(
      /SEARCH c USING INDEX courses_recall/,
    );
  });
});
