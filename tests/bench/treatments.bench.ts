import { createServices } from '../../src/main/api';
import { LOT_RECALL_SQL } from '../../src/main/catalog/products';
import { lotKey } from '../../src/main/catalog/quantities';
import type { Db } from '../../src/main/db/types';
import { RECALL_SQL } from '../../src/main/treatments/courses';
import { TIMELINE_COUNT_SQL, TIMELINE_SQL } from '../../src/main/treatments/timeline';
import { addDays } from '../../src/shared/treatments/schedule';
import { ZONE_IDS } from '../../src/shared/treatments/zones';
import { testContext } from '../fixtures/test-db';
import { courseFields } from '../fixtures/treatments';
import { pick, rng, seedPatients } from './seed';
import { fmt, summarize, type Timing, time } from './stats';

/** A course's plan as the service stores it: the fixture's fields without start date and status. */
const { startDate: _start, status: _status, ...plan } = courseFields();
const PLAN = JSON.stringify({ ...plan, notes: '' });

/**
 * Seeds a clinic with `patients` patients and `sessions` signed sessions (two products each, from
 * one of many lots), spread over one course per patient, plus amendments and adverse events.
 */
export function seedTreatments(
  db: Db,
  patients: number,
  sessions: number,
  /** A real session's stored fields and signed content, for benches that read sessions whole. */
  real: { fieldsJson: string; contentJson: string } = { fieldsJson: '{}', contentJson: '{}' },
) {
  const services = createServices(testContext(db, { now: () => new Date('2026-03-01T09:00:00Z') }));
  seedPatients(db, services, patients);
  const random = rng(11);
  const lotCount = Math.max(10, Math.round(sessions / 20));
  const lotNumbers: string[] = [];
  db.transaction(() => {
    const product = db.prepare(
      `INSERT INTO products (uid, name, type, unit, created_at, updated_at)
       VALUES (?, ?, 'mixture', 'ml', '2026-01-01', '2026-01-01')`,
    );
    const productIds = [1, 2, 3].map((i) =>
      Number(product.run(`bench-${i}`, `Bench mixture ${i}`).lastInsertRowid),
    );
    const lot = db.prepare(
      `INSERT INTO lots (product_id, lot_number, lot_key, expiry_date, received_date, received_c, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2024-01-01', 100000000, '2024-01-01', '2024-01-01')`,
    );
    const lotIds: number[] = [];
    for (let i = 0; i < lotCount; i++) {
      const number = `LOT-${String(i).padStart(6, '0')}`;
      lotNumbers.push(number);
      const expiry = addDays('2025-06-01', Math.floor(random() * 900));
      lotIds.push(Number(lot.run(pick(random, productIds), number, lotKey(number), expiry).lastInsertRowid));
    }
    const course = db.prepare(
      `INSERT INTO courses (uid, patient_id, plan_json, start_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'active', '2024-01-01', '2024-01-01')`,
    );
    const session = db.prepare(
      `INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json, currency,
         created_at, updated_at)
       VALUES (?, ?, ?, 'draft', ?, '10:00', ?, 'EUR', ?, ?)`,
    );
    const item = db.prepare(
      `INSERT INTO session_items (session_id, position, zone, product_id, lot_id, volume_c)
       SELECT ?, ?, ?, product_id, id, 100 FROM lots WHERE id = ?`,
    );
    const sign = db.prepare(
      `UPDATE sessions SET status = 'signed', sequence = ?, content_json = ?, content_hash = 'bench',
         signed_at = updated_at WHERE id = ?`,
    );
    const amend = db.prepare(
      'INSERT INTO session_amendments (session_id, patient_id, text, created_at) VALUES (?, ?, ?, ?)',
    );
    const event = db.prepare(
      `INSERT INTO adverse_events (uid, patient_id, session_id, type, onset_date, severity, description,
         resolved_date, created_at, updated_at)
       VALUES (?, ?, ?, 'bruising', ?, 'mild', 'Bruise', ?, ?, ?)`,
    );
    const perPatient = Math.floor(sessions / patients);
    let extra = sessions - perPatient * patients;
    for (let p = 1; p <= patients; p++) {
      const start = addDays('2023-01-02', Math.floor(random() * 900));
      const courseId = Number(course.run(`bench-course-${p}`, p, PLAN, start).lastInsertRowid);
      const count = perPatient + (extra-- > 0 ? 1 : 0);
      let day = start;
      for (let s = 1; s <= count; s++) {
        const at = `${day}T10:30:00.000Z`;
        const id = Number(
          session.run(`bench-session-${p}-${s}`, p, courseId, day, real.fieldsJson, at, at).lastInsertRowid,
        );
        item.run(id, 0, pick(random, ZONE_IDS), pick(random, lotIds));
        item.run(id, 1, pick(random, ZONE_IDS), pick(random, lotIds));
        sign.run(s, real.contentJson, id);
        if (random() < 0.05) amend.run(id, p, 'Correction', `${addDays(day, 1)}T09:00:00.000Z`);
        if (random() < 0.02) {
          event.run(
            `bench-ae-${id}`,
            p,
            id,
            addDays(day, 1),
            random() < 0.8 ? addDays(day, 9) : null,
            at,
            at,
          );
        }
        day = addDays(day, s < 6 ? 14 : 100);
      }
    }
    for (let c = 1; c <= patients; c++) services.courses.refreshDue(c);
    // Every other course has its next session booked, so the recall list finds real bookings.
    db.prepare(
      `INSERT INTO appointments (uid, patient_id, course_id, session_number, type, starts_at, ends_at, local_date,
         local_time, duration_min, time_zone, status, created_at, updated_at)
       SELECT 'bench-appointment-' || id, patient_id, id, next_number, 'treatment',
         max(next_due_date, '2026-03-02') || 'T10:00:00.000Z', max(next_due_date, '2026-03-02') || 'T10:45:00.000Z',
         max(next_due_date, '2026-03-02'), '10:00', 45, 'UTC', 'booked', '2026-02-01', '2026-02-01'
       FROM courses WHERE next_number IS NOT NULL AND id % 2 = 0`,
    ).run();
  })();
  return { services, lotNumbers };
}

function measure(
  runs: number,
  pickInput: (i: number) => unknown,
  service: (input: never) => unknown,
  floor: (input: never) => unknown,
) {
  const inputs = Array.from({ length: runs }, (_, i) => pickInput(i));
  for (const input of inputs.slice(0, 20)) {
    service(input as never);
    floor(input as never);
  }
  const s = summarize(inputs.map((input) => time(() => service(input as never))));
  const f = summarize(inputs.map((input) => time(() => floor(input as never))));
  return { service: s, floor: f };
}

const row = (measure: string, t: Timing) => ({ measure, median: fmt(t.median), p95: fmt(t.p95) });

export function benchTreatments(db: Db, patients: number, sessions: number) {
  let seeded = {} as ReturnType<typeof seedTreatments>;
  const seedMs = time(() => {
    seeded = seedTreatments(db, patients, sessions);
  });
  db.exec('ANALYZE');
  const { services, lotNumbers } = seeded;
  const random = rng(5);
  const patientIds = Array.from({ length: 400 }, () => 1 + Math.floor(random() * patients));
  const timelinePage = db.prepare(TIMELINE_SQL);
  const timelineCount = db.prepare(TIMELINE_COUNT_SQL).pluck();
  const timeline = measure(
    400,
    (i) => patientIds[i],
    (id: number) => services.timeline.forPatient(id, 0, 100),
    (id: number) => {
      timelinePage.raw().all({ patientId: id, limit: 100, offset: 0 });
      timelineCount.get({ patientId: id });
    },
  );
  const recallBare = db.prepare(RECALL_SQL);
  const recall = measure(
    100,
    () => 7,
    (ahead: number) => services.courses.recall(ahead, 200),
    (ahead: number) =>
      recallBare.raw().all({ until: addDays('2026-03-01', ahead), today: '2026-03-01', limit: 200 }),
  );
  const lotBare = db.prepare(LOT_RECALL_SQL);
  const lots = measure(
    400,
    () => pick(random, lotNumbers),
    (lot: string) => services.products.recall(lot),
    (lot: string) => lotBare.raw().all(lotKey(lot)),
  );
  return {
    seedMs,
    rows: [
      row('patient timeline, 100 newest (service)', timeline.service),
      row('same SQL, bare SQLite (floor)', timeline.floor),
      row('recall list, 200 due (service)', recall.service),
      row('same SQL, bare SQLite (floor)', recall.floor),
      row(
        `lot recall, ~${Math.round((sessions * 2) / lotNumbers.length)} uses a lot (service)`,
        lots.service,
      ),
      row('same SQL, bare SQLite (floor)', lots.floor),
    ],
    results: { timeline, recall, lots },
  };
}
