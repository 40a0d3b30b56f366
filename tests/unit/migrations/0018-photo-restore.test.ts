import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0018 } from '../../../src/main/db/migrations/0018-photo-restore';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const PREVIOUS = MIGRATIONS[MIGRATIONS.indexOf(migration0018) - 1]?.version as number;
const AT = '2026-03-01T09:00:00.000Z';

const insertPhoto = (uid: string, patient: number) =>
  Number(
    t.db
      .prepare(
        `INSERT INTO photos (uid, patient_id, moment, view, taken_at, taken_at_source, source, note, width, height,
           image_file, image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at)
         VALUES (?, ?, 'baseline', 'face-front', ?, 'exif', 'import', '', 10, 10, ?, 100, ?, 50, 'clinical', NULL, ?)`,
      )
      .run(uid, patient, AT, 'a'.repeat(64), 'b'.repeat(64), AT).lastInsertRowid,
  );
const archive = (photo: number, patient: number, reason: string, at: string, amendment = 0) =>
  Number(
    t.db
      .prepare(
        `INSERT INTO photo_archives (photo_id, patient_id, reason, amendment, archived_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(photo, patient, reason, amendment, at).lastInsertRowid,
  );

it('keeps every archive with its reason, flag and date, each still in force, and the archive guards', () => {
  migrateTo(t.db, PREVIOUS);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  const first = insertPhoto('ph1', patient);
  const second = insertPhoto('ph2', patient);
  const kept = insertPhoto('ph3', patient);
  archive(second, patient, 'Blurred', '2026-03-02T10:00:00.000Z', 1);
  archive(first, patient, 'Wrong patient', '2026-03-01T10:00:00.000Z');

  migrateTo(t.db, migration0018.version);
  expect(
    t.db.prepare('SELECT id, photo_id, patient_id, reason, amendment, archived_at FROM photo_archives').all(),
  ).toEqual([
    {
      id: 1,
      photo_id: first,
      patient_id: patient,
      reason: 'Wrong patient',
      amendment: 0,
      archived_at: '2026-03-01T10:00:00.000Z',
    },
    {
      id: 2,
      photo_id: second,
      patient_id: patient,
      reason: 'Blurred',
      amendment: 1,
      archived_at: '2026-03-02T10:00:00.000Z',
    },
  ]);
  expect(t.db.prepare('SELECT photo_id FROM archived_photos ORDER BY photo_id').pluck().all()).toEqual([
    first,
    second,
  ]);
  expect(() => t.db.prepare("UPDATE photo_archives SET reason = 'x'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM photo_archives').run()).toThrow(/LOCKED/);
  expect(() => archive(first, patient, 'again', AT)).toThrow(/archived already/);

  // A restore undoes one archive of the same photo, once; then the photo may be archived again.
  const restore = t.db.prepare(
    `INSERT INTO photo_restores (archive_id, photo_id, patient_id, amendment, restored_at) VALUES (?, ?, ?, 0, ?)`,
  );
  expect(() => restore.run(1, kept, patient, AT)).toThrow(/same photo/);
  restore.run(1, first, patient, AT);
  expect(() => restore.run(1, first, patient, AT)).toThrow(/UNIQUE|PRIMARY KEY/);
  expect(t.db.prepare('SELECT photo_id FROM archived_photos').pluck().all()).toEqual([second]);
  expect(archive(first, patient, 'Blurred after all', AT)).toBe(3);
  expect(() => t.db.prepare('DELETE FROM photo_restores').run()).toThrow(/LOCKED/);

  // Erasure of the patient takes them all.
  t.db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)').run(patient);
  t.db.prepare('DELETE FROM photo_restores WHERE patient_id = ?').run(patient);
  t.db.prepare('DELETE FROM photo_archives WHERE patient_id = ?').run(patient);
  expect(t.db.prepare('SELECT count(*) FROM archived_photos').pluck().get()).toBe(0);
});
