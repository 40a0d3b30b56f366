import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0015 } from '../../../src/main/db/migrations/0015-recall-reminders';
import { insertCourseRow, insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0015) - 1]?.version ?? 0;

it('keeps every patient, course and appointment reminder, and adds the recall reminders with their checks', () => {
  migrateTo(t.db, previous);
  const patient = insertPatientRow(t.db, 'u1', 'Keller');
  insertCourseRow(t.db, patient);
  t.db
    .prepare(
      `INSERT INTO patient_contact_preferences (patient_id, channel, consent, consent_recorded_at, updated_at)
       VALUES (?, 'email', 1, 't', 't')`,
    )
    .run(patient);
  t.reopenAt(migration0015.version);
  const db = t.db;
  expect(db.prepare('SELECT last_name FROM patients').pluck().all()).toEqual(['Keller']);
  expect(db.prepare('SELECT count(*) FROM courses').pluck().get()).toBe(1);
  expect(db.prepare('SELECT channel FROM patient_contact_preferences').pluck().all()).toEqual(['email']);

  const insert = db.prepare(`
    INSERT INTO recall_reminders (patient_id, course_id, session_number, due_date, channel, sent_at, sent_by)
    VALUES (?, 1, ?, '2026-02-01', ?, 't', 'Dr A')`);
  insert.run(patient, 2, 'text');
  expect(() => insert.run(patient, 0, 'text')).toThrow(/CHECK/);
  expect(() => insert.run(patient, 2, 'pigeon')).toThrow(/CHECK/);
  expect(db.prepare('SELECT count(*) FROM recall_reminders').pluck().get()).toBe(1);
});
