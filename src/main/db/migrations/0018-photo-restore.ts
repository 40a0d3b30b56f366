import type { Migration } from '../types';
import { NOT_ERASING, refuse, refuseWhen } from './sql/triggers';

/**
 * A photo archived by mistake can be brought back, and nothing written is ever changed or removed:
 * - photo_archives is rebuilt with an id of its own, so one photo may be archived again after a
 *   restore (its photo_id was the key); every archive keeps its reason, flag and date;
 * - photo_restores: one row per archive undone (its key is the archive's id, so an archive is undone
 *   once), an amendment when the photo's session is signed;
 * - archived_photos: the archives still in force, one at most per photo (a photo cannot be archived
 *   while an archive of it is in force). Everything that asks "is this photo archived?" reads it.
 * Erasure excepted, both tables refuse updates and deletes.
 */
export const migration0018: Migration = {
  version: 18,
  name: 'photo-restore',
  up(db) {
    db.exec(`
      CREATE TABLE photo_archives_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        photo_id INTEGER NOT NULL REFERENCES photos (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        amendment INTEGER NOT NULL CHECK (amendment IN (0, 1)),
        archived_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO photo_archives_rebuilt (photo_id, patient_id, reason, amendment, archived_at)
        SELECT photo_id, patient_id, reason, amendment, archived_at FROM photo_archives
        ORDER BY archived_at, photo_id;
      DROP TABLE photo_archives;
      ALTER TABLE photo_archives_rebuilt RENAME TO photo_archives;
      CREATE INDEX photo_archives_by_photo ON photo_archives (photo_id);
      CREATE INDEX photo_archives_by_patient ON photo_archives (patient_id);
      ${refuse('photo_archives_no_update', 'BEFORE UPDATE ON photo_archives', 'LOCKED: an archive is never changed')}
      ${refuseWhen('photo_archives_no_delete', 'BEFORE DELETE ON photo_archives', NOT_ERASING, 'LOCKED: an archive is kept')}

      CREATE TABLE photo_restores (
        archive_id INTEGER PRIMARY KEY REFERENCES photo_archives (id),
        photo_id INTEGER NOT NULL REFERENCES photos (id),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        amendment INTEGER NOT NULL CHECK (amendment IN (0, 1)),
        restored_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX photo_restores_by_patient ON photo_restores (patient_id);
      ${refuse('photo_restores_no_update', 'BEFORE UPDATE ON photo_restores', 'LOCKED: a restore is never changed')}
      ${refuseWhen('photo_restores_no_delete', 'BEFORE DELETE ON photo_restores', NOT_ERASING, 'LOCKED: a restore is kept')}
      ${refuseWhen(
        'photo_restores_same_photo',
        'BEFORE INSERT ON photo_restores',
        'new.photo_id IS NOT (SELECT photo_id FROM photo_archives WHERE id = new.archive_id)',
        'CONFLICT: a restore undoes an archive of the same photo',
      )}

      CREATE VIEW archived_photos AS
        SELECT a.id AS archive_id, a.photo_id, a.patient_id, a.reason, a.amendment, a.archived_at
        FROM photo_archives a
        WHERE NOT EXISTS (SELECT 1 FROM photo_restores r WHERE r.archive_id = a.id);
      ${refuseWhen(
        'photo_archives_one_in_force',
        'BEFORE INSERT ON photo_archives',
        'EXISTS (SELECT 1 FROM archived_photos WHERE photo_id = new.photo_id)',
        'CONFLICT: the photo is archived already',
      )}
    `);
  },
};
