import type { Migration } from '../types';

/**
 * Reminders sent for a due recall: a course's next session, due from its interval plan, that nothing is
 * booked for yet. One row per reminder sent (who, when, how), for the course's session number and the
 * due date it was sent for, so the same due session is not listed again once reminded.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'recall-reminders',
  up(db) {
    db.exec(`
      CREATE TABLE recall_reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        course_id INTEGER NOT NULL REFERENCES courses (id),
        session_number INTEGER NOT NULL CHECK (session_number > 0),
        due_date TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('ics', 'email', 'text')),
        sent_at TEXT NOT NULL,
        sent_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recall_reminders_by_course ON recall_reminders (course_id, session_number);
      CREATE INDEX recall_reminders_by_patient ON recall_reminders (patient_id);
    `);
  },
};
