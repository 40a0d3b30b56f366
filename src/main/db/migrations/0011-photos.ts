import type { Migration } from '../types';

/**
 * Clinical photographs. The images themselves are encrypted files outside the database
 * (src/main/photos/file-store.ts, README "Clinical photographs"); a row holds what the photo belongs
 * to and the names (SHA-256 of the encrypted bytes) and sizes of its image and thumbnail files.
 *
 * photo_store_key: the random AES-256 key of those files, created on first use. It lives inside the
 * encrypted database, so it is carried by every backup and survives a passphrase change (which
 * re-keys the database with a new data key) without re-encrypting a single photo.
 *
 * A photo never changes and is never deleted (erasure excepted): a correction is a new photo.
 *
 * photo_skips: a view of a session's photo protocol skipped on purpose, with the reason.
 *
 * The setting "before photos required to sign a session" is on for a new clinic; a clinic that already
 * has patients keeps signing as before until it turns the setting on.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'photos',
  up(db) {
    db.exec(`
      CREATE TABLE photo_store_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key BLOB NOT NULL CHECK (length(key) = 32),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER photo_store_key_no_update BEFORE UPDATE ON photo_store_key BEGIN
        SELECT RAISE(ABORT, 'LOCKED: the photo key never changes');
      END;
      CREATE TRIGGER photo_store_key_no_delete BEFORE DELETE ON photo_store_key BEGIN
        SELECT RAISE(ABORT, 'LOCKED: the photo key never changes');
      END;

      CREATE TABLE photos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        course_id INTEGER REFERENCES courses (id),
        session_id INTEGER REFERENCES sessions (id),
        moment TEXT NOT NULL CHECK (moment IN ('baseline', 'before', 'after', 'follow-up')),
        view TEXT NOT NULL CHECK (length(view) BETWEEN 1 AND 40),
        taken_at TEXT NOT NULL,
        taken_at_source TEXT NOT NULL CHECK (taken_at_source IN ('exif', 'import', 'capture')),
        source TEXT NOT NULL CHECK (source IN ('import', 'capture')),
        note TEXT NOT NULL DEFAULT '',
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        image_file TEXT NOT NULL CHECK (length(image_file) = 64),
        image_bytes INTEGER NOT NULL,
        thumb_file TEXT NOT NULL CHECK (length(thumb_file) = 64),
        thumb_bytes INTEGER NOT NULL,
        amendment INTEGER NOT NULL DEFAULT 0 CHECK (amendment IN (0, 1)),
        consent_level TEXT NOT NULL CHECK (consent_level IN ('clinical', 'education', 'marketing')),
        consent_document_id INTEGER NOT NULL REFERENCES documents (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photos_by_patient ON photos (patient_id, taken_at);
      CREATE INDEX photos_by_session ON photos (session_id) WHERE session_id IS NOT NULL;
      CREATE INDEX photos_by_course ON photos (course_id) WHERE course_id IS NOT NULL;
      CREATE TRIGGER photos_no_update BEFORE UPDATE ON photos BEGIN
        SELECT RAISE(ABORT, 'LOCKED: a photo never changes');
      END;
      CREATE TRIGGER photos_no_delete BEFORE DELETE ON photos
      WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)
      BEGIN
        SELECT RAISE(ABORT, 'LOCKED: a photo is kept');
      END;

      CREATE TABLE photo_skips (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        view TEXT NOT NULL CHECK (length(view) BETWEEN 1 AND 40),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        created_at TEXT NOT NULL,
        UNIQUE (session_id, view)
      ) STRICT;
    `);
    const existingClinic = db.prepare('SELECT 1 FROM patients LIMIT 1').get() !== undefined;
    if (existingClinic) {
      db.prepare(
        `INSERT OR IGNORE INTO settings (key, value, updated_at)
         VALUES ('beforePhotosRequired', 'false', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      ).run();
    }
  },
};
