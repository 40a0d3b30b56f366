import type { Migration } from '../types';

/**
 * The clinic's diary: appointments (stored as a UTC start and end plus the clinic's time zone at
 * booking, with the local day for day and week queries), the reminders sent for them, and each
 * patient's contact preference and consent to be contacted.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'diary',
  up(db) {
    db.exec(`
      CREATE TABLE appointments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        course_id INTEGER REFERENCES courses (id),
        session_number INTEGER CHECK (session_number IS NULL OR session_number > 0),
        session_id INTEGER REFERENCES sessions (id),
        type TEXT NOT NULL CHECK (type IN ('consultation', 'treatment', 'review', 'touch-up')),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        local_date TEXT NOT NULL,
        local_time TEXT NOT NULL,
        duration_min INTEGER NOT NULL CHECK (duration_min > 0),
        time_zone TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'done', 'cancelled', 'no-show')),
        cancel_reason TEXT CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX appointments_by_start ON appointments (starts_at);
      CREATE INDEX appointments_by_patient ON appointments (patient_id, starts_at);
      CREATE INDEX appointments_by_course ON appointments (course_id, status) WHERE course_id IS NOT NULL;
      CREATE INDEX appointments_by_session ON appointments (session_id) WHERE session_id IS NOT NULL;

      CREATE TABLE appointment_reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        appointment_id INTEGER NOT NULL REFERENCES appointments (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        channel TEXT NOT NULL CHECK (channel IN ('ics', 'email', 'text')),
        sent_at TEXT NOT NULL,
        sent_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX appointment_reminders_by_appointment ON appointment_reminders (appointment_id);
      CREATE INDEX appointment_reminders_by_patient ON appointment_reminders (patient_id);

      CREATE TABLE patient_contact_preferences (
        patient_id INTEGER PRIMARY KEY REFERENCES patients (id),
        channel TEXT NOT NULL CHECK (channel IN ('ics', 'email', 'text')),
        consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
        consent_recorded_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
