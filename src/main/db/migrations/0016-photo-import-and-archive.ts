import type { Migration } from '../types';
import { NOT_ERASING, refuse, refuseWhen } from './sql/triggers';

/**
 * Photos brought back by a FHIR re-import, and photos taken in error put away.
 *
 * - photos.consent_document_id may be null: a re-imported photo was taken under a consent signed in the
 *   other clinic, and consent forms are never re-imported (their signatures are not). Its consent level
 *   is kept as the bundle gave it; its provenance is a row of imported_records of kind 'photo'.
 *   SQLite cannot drop a NOT NULL, so the table is rebuilt with every row, id and lock as it was.
 * - imported_records accepts the kind 'photo' (rebuilt the same way: a CHECK cannot be altered).
 * - photo_archives: a photo taken in error is archived with a reason, never deleted and never edited
 *   (the photo row stays locked). Archiving a photo of a signed session is recorded as an amendment.
 *   An archive is permanent (erasure excepted).
 */
export const migration0016: Migration = {
  version: 16,
  name: 'photo-import-and-archive',
  up(db) {
    const photoSeq = db
      .prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'photos'")
      .pluck()
      .get();
    db.exec(`
      CREATE TABLE photos_rebuilt (
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
        consent_document_id INTEGER REFERENCES documents (id),
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO photos_rebuilt SELECT * FROM photos;
      DROP TABLE photos;
      ALTER TABLE photos_rebuilt RENAME TO photos;
      CREATE INDEX photos_by_patient ON photos (patient_id, taken_at);
      CREATE INDEX photos_by_session ON photos (session_id) WHERE session_id IS NOT NULL;
      CREATE INDEX photos_by_course ON photos (course_id) WHERE course_id IS NOT NULL;
      ${refuse('photos_no_update', 'BEFORE UPDATE ON photos', 'LOCKED: a photo never changes')}
      ${refuseWhen('photos_no_delete', 'BEFORE DELETE ON photos', NOT_ERASING, 'LOCKED: a photo is kept')}

      CREATE TABLE imported_records_rebuilt (
        record_kind TEXT NOT NULL
          CHECK (record_kind IN ('intake', 'session', 'amendment', 'adverse-event', 'photo')),
        record_id INTEGER NOT NULL,
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        original_hash TEXT,
        original_signed_at TEXT,
        PRIMARY KEY (record_kind, record_id)
      ) STRICT;
      INSERT INTO imported_records_rebuilt SELECT * FROM imported_records;
      DROP TABLE imported_records;
      ALTER TABLE imported_records_rebuilt RENAME TO imported_records;
      CREATE INDEX imported_records_by_patient ON imported_records (patient_id);
      ${refuse('imported_records_no_update', 'BEFORE UPDATE ON imported_records', 'LOCKED: import provenance is permanent')}
      ${refuseWhen('imported_records_no_delete', 'BEFORE DELETE ON imported_records', NOT_ERASING, 'LOCKED: import provenance is permanent')}

      CREATE TABLE photo_archives (
        photo_id INTEGER PRIMARY KEY REFERENCES photos (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        amendment INTEGER NOT NULL CHECK (amendment IN (0, 1)),
        archived_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photo_archives_by_patient ON photo_archives (patient_id);
      ${refuse('photo_archives_no_update', 'BEFORE UPDATE ON photo_archives', 'LOCKED: an archived photo stays archived')}
      ${refuseWhen('photo_archives_no_delete', 'BEFORE DELETE ON photo_archives', NOT_ERASING, 'LOCKED: an archived photo stays archived')}
    `);
    if (photoSeq !== undefined) {
      db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'photos'").run(photoSeq);
    }
  },
};
