import { createServices } from '../../src/main/api';
import type { Db } from '../../src/main/db/types';
import { RECALL_REMINDERS_DUE_SQL, REMINDERS_DUE_SQL } from '../../src/main/diary/reminders';
import { DIARY_RANGE_SQL } from '../../src/main/diary/repository';
import { localToUtc, utcToLocal } from '../../src/shared/diary/zone';
import { addDays } from '../../src/shared/treatments/schedule';
import { testContext } from '../fixtures/test-db';
import { pick, rng, seedPatients } from './seed';
import { fmt, summarize, type Timing, time } from './stats';

const NOW = '2026-03-01T09:00:00.000Z';
const ZONE = 'Europe/Athens';
const TYPES = ['consultation', 'treatment', 'treatment', 'treatment', 'review', 'touch-up'] as const;

/**
 * A clinic with `patients` patients, `past` appointments over the three years before 1 March 2026 (done,
 * some cancelled or no-show) and `future` booked ones over the 100 days after it; six in ten patients
 * agreed to reminders, and a third of the coming appointments were already reminded; each patient has an
 * active course whose next session falls due in the year around that day (the recalls to remind of).
 */
export function seedDiary(db: Db, patients: number, past: number, future: number) {
  const services = createServices(testContext(db, { now: () => new Date(NOW) }));
  services.settings.update({ clinicTimeZone: ZONE });
  seedPatients(db, services, patients, 7);
  const random = rng(23);
  db.transaction(() => {
    const insert = db.prepare(`
      INSERT INTO appointments (uid, patient_id, type, starts_at, ends_at, local_date, local_time, duration_min,
        time_zone, status, cancel_reason, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const remind = db.prepare(
      `INSERT INTO appointment_reminders (appointment_id, patient_id, channel, sent_at, sent_by)
       VALUES (?, ?, 'text', ?, 'bench')`,
    );
    const consent = db.prepare(
      `INSERT INTO patient_contact_preferences (patient_id, channel, consent, consent_recorded_at, updated_at)
       VALUES (?, ?, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
    );
    for (let p = 1; p <= patients; p++)
      if (random() < 0.6) consent.run(p, pick(random, ['email', 'text', 'ics']));
    const book = (n: number, firstDay: string, days: number, isFuture: boolean) => {
      for (let i = 0; i < n; i++) {
        const date = addDays(firstDay, Math.floor(random() * days));
        const minutes = 9 * 60 + 15 * Math.floor(random() * 34);
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const start = localToUtc(date, time, ZONE);
        if (!start.ok) continue;
        const duration = pick(random, [30, 45, 60]);
        const end = new Date(Date.parse(start.utc) + duration * 60_000).toISOString();
        const local = utcToLocal(start.utc, ZONE);
        const roll = random();
        const status = isFuture ? 'booked' : roll < 0.9 ? 'done' : roll < 0.96 ? 'cancelled' : 'no-show';
        const patient = 1 + Math.floor(random() * patients);
        const id = Number(
          insert.run(
            `bench-appointment-${isFuture ? 'f' : 'p'}-${i}`,
            patient,
            pick(random, TYPES),
            start.utc,
            end,
            local.date,
            local.time,
            duration,
            ZONE,
            status,
            status === 'cancelled' ? 'Unwell' : null,
            NOW,
            NOW,
          ).lastInsertRowid,
        );
        if (isFuture && random() < 0.33) remind.run(id, patient, NOW);
      }
    };
    book(past, '2023-03-01', 1096, false);
    book(future, '2026-03-01', 100, true);
    // One active course a patient, its next session due somewhere in the year around today (window 7 days).
    const course = db.prepare(`
      INSERT INTO courses (uid, patient_id, plan_json, start_date, status, sessions_done, next_phase, next_number,
        next_due_date, next_latest_date, created_at, updated_at)
      VALUES (?, ?, '{"indication":"Skin rejuvenation","areas":["face.cheeks"]}', '2025-01-01', 'active', 2,
        'course', 3, ?, ?, ?, ?)`);
    for (let p = 1; p <= patients; p++) {
      const due = addDays('2025-09-01', Math.floor(random() * 365));
      course.run(`bench-course-${p}`, p, due, addDays(due, 7), NOW, NOW);
    }
  })();
  return services;
}

function measure(
  runs: number,
  pickInput: (i: number) => unknown,
  service: (i: never) => unknown,
  floor: (i: never) => unknown,
) {
  const inputs = Array.from({ length: runs }, (_, i) => pickInput(i));
  for (const input of inputs.slice(0, 20)) {
    service(input as never);
    floor(input as never);
  }
  return {
    runs,
    service: summarize(inputs.map((input) => time(() => service(input as never)))),
    floor: summarize(inputs.map((input) => time(() => floor(input as never)))),
  };
}

const row = (measure: string, runs: number, t: Timing) => ({
  measure,
  runs,
  median: fmt(t.median),
  p95: fmt(t.p95),
});

export function benchDiary(db: Db, patients: number, past: number, future: number) {
  let services = {} as ReturnType<typeof seedDiary>;
  const seedMs = time(() => {
    services = seedDiary(db, patients, past, future);
  });
  db.exec('ANALYZE');
  const random = rng(9);
  // Weeks the practitioner looks at: mostly the coming ones, some past.
  const mondays = Array.from({ length: 400 }, () =>
    random() < 0.75
      ? addDays('2026-03-02', 7 * Math.floor(random() * 14))
      : addDays('2023-03-06', 7 * Math.floor(random() * 150)),
  );
  const rangeBare = db.prepare(DIARY_RANGE_SQL);
  const bounds = (monday: string) => ({
    from: (localToUtc(monday, '00:00', ZONE) as { utc: string }).utc,
    to: (localToUtc(addDays(monday, 7), '00:00', ZONE) as { utc: string }).utc,
  });
  const week = measure(
    400,
    (i) => mondays[i],
    (monday: string) => services.diary.range(monday, addDays(monday, 6)),
    (monday: string) => rangeBare.raw().all(bounds(monday)),
  );
  const dueBare = db.prepare(REMINDERS_DUE_SQL);
  const recallBare = db.prepare(RECALL_REMINDERS_DUE_SQL);
  const dueTo = (localToUtc('2026-03-04', '00:00', ZONE) as { utc: string }).utc;
  const remind = measure(
    200,
    () => null,
    () => services.reminders.due(),
    () => [
      ...dueBare.raw().all({ from: NOW, to: dueTo }),
      ...recallBare.raw().all({ until: '2026-03-03', today: '2026-03-01' }),
    ],
  );
  const perWeek = Math.round(
    mondays.reduce((n, m) => n + rangeBare.all(bounds(m)).length, 0) / mondays.length,
  );
  return {
    seedMs,
    rows: [
      row(`week view, ~${perWeek} appointments (service)`, week.runs, week.service),
      row('same SQL, bare SQLite (floor)', week.runs, week.floor),
      row(`to remind today, ${services.reminders.due().length} left (service)`, remind.runs, remind.service),
      row('same SQL, bare SQLite (floor)', remind.runs, remind.floor),
    ],
    results: { week, remind },
  };
}
