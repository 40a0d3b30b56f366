import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0010 } from '../../../src/main/db/migrations/0010-diary';
import { insertCourseRow, insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0010) - 1]?.version ?? 0;

it('keeps every patient and course, and adds the diary tables with their checks', () => {
  migrateTo(t.db, previous);
  const patient = insertPatientRow(t.db, 'u1', 'Keller');
  insertCourseRow(t.db, patient);
  const opened = t.reopenAt(migration0010.version);
  expect(opened.schemaVersion).toBe(migration0010.version);
  const db = t.db;
  expect(db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Keller']);
  expect(db.prepare('SELECT count(*) FROM courses').pluck().get()).toBe(1);

  const insert = db.prepare(`
    INSERT INTO appointments (uid, patient_id, course_id, session_number, type, starts_at, ends_at, local_date,
      local_time, duration_min, time_zone, status, cancel_reason, created_at, updated_at)
    VALUES (?, ?, 1, 2, 'treatment', ?, ?, '2026-12-01', '10:00', 45, 'Europe/Athens', ?, ?, 't', 't')`);
  insert.run('a1', patient, '2026-12-01T08:00:00.000Z', '2026-12-01T08:45:00.000Z', 'booked', null);
  // Zero length, a cancellation without its reason, an unknown state: refused by the table itself.
  expect(() =>
    insert.run('a2', patient, '2026-12-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z', 'booked', null),
  ).toThrow(/CHECK/);
  expect(() =>
    insert.run('a3', patient, '2026-12-01T09:00:00.000Z', '2026-12-01T09:45:00.000Z', 'cancelled', null),
  ).toThrow(/CHECK/);
  expect(() =>
    insert.run('a4', patient, '2026-12-01T09:00:00.000Z', '2026-12-01T09:45:00.000Z', 'lost', null),
  ).toThrow(/CHECK/);
  expect(() =>
    db
      .prepare(
        `INSERT INTO appointment_reminders (appointment_id, patient_id, channel, sent_at, sent_by)
         VALUES (999, ?, 'text', 't', 'me')`,
      )
      .run(patient),
  ).toThrow(/FOREIGN KEY/);
  db.prepare(
    `INSERT INTO patient_contact_preferences (patient_id, channel, consent, consent_recorded_at, updated_at)
     VALUES (?, 'email', 1, 't', 't')`,
  ).run(patient);
  expect(
    db
      .prepare(
        "SELECT detail FROM pragma_index_list('appointments') l, (SELECT 1 AS detail) WHERE l.name = 'appointments_by_start'",
      )
      .all(),
  ).toHaveLength(1);
});
