import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0016 } from '../../../src/main/db/migrations/0016-photo-import-and-archive';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const PREVIOUS = MIGRATIONS[MIGRATIONS.indexOf(migration0016) - 1]?.version as number;
const AT = '2026-03-01T09:00:00.000Z';

function consentDocument(patient: number): number {
  const template = Number(
    t.db
      .prepare(
        `INSERT INTO document_templates (key, version, kind, builtin, title, content, created_at)
         VALUES ('consent-face', 1, 'consent', 1, 'Consent', '{}', ?)`,
      )
      .run(AT).lastInsertRowid,
  );
  return Number(
    t.db
      .prepare(
        `INSERT INTO documents (uid, patient_id, kind, template_id, title, snapshot, signatures, photo_consent,
          created_at, sha256) VALUES ('d1', ?, 'consent', ?, 'Consent', '{}', '[]', 'clinical', ?, 'h')`,
      )
      .run(patient, template, AT).lastInsertRowid,
  );
}

const insertPhoto = (uid: string, patient: number, document: number | null) =>
  Number(
    t.db
      .prepare(
        `INSERT INTO photos (uid, patient_id, moment, view, taken_at, taken_at_source, source, note, width, height,
           image_file, image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at)
         VALUES (?, ?, 'baseline', 'face-front', ?, 'exif', 'import', 'kept note', 10, 10, ?, 100, ?, 50, 'clinical', ?, ?)`,
      )
      .run(uid, patient, AT, 'a'.repeat(64), 'b'.repeat(64), document, AT).lastInsertRowid,
  );

it('keeps every photo and provenance row, lets an imported photo have no consent form here, and keeps the locks', () => {
  migrateTo(t.db, PREVIOUS);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  const document = consentDocument(patient);
  const first = insertPhoto('ph1', patient, document);
  const second = insertPhoto('ph2', patient, document);
  t.db
    .prepare(
      `INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
       VALUES ('session', 7, ?, 'Other clinic', ?)`,
    )
    .run(patient, AT);
  // The highest id was erased before the upgrade: it is never handed out again.
  t.db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)').run(patient);
  t.db.prepare('DELETE FROM photos WHERE id = ?').run(second);
  t.db.prepare('DELETE FROM erasure_in_progress').run();

  migrateTo(t.db, migration0016.version);
  expect(
    t.db.prepare('SELECT id, uid, note, taken_at_source, consent_document_id FROM photos').all(),
  ).toEqual([
    { id: first, uid: 'ph1', note: 'kept note', taken_at_source: 'exif', consent_document_id: document },
  ]);
  expect(t.db.prepare('SELECT record_kind, record_id, source FROM imported_records').all()).toEqual([
    { record_kind: 'session', record_id: 7, source: 'Other clinic' },
  ]);
  const imported = insertPhoto('ph3', patient, null);
  expect(imported).toBe(second + 1);
  t.db
    .prepare(
      `INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
       VALUES ('photo', ?, ?, 'Other clinic', ?)`,
    )
    .run(imported, patient, AT);
  expect(() => t.db.prepare("UPDATE photos SET note = 'changed'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM photos').run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare("UPDATE imported_records SET source = 'x'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM imported_records').run()).toThrow(/LOCKED/);
  expect(() =>
    t.db
      .prepare(
        `INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at)
         VALUES ('letter', 1, ?, 'x', ?)`,
      )
      .run(patient, AT),
  ).toThrow(/CHECK/);
});

it('archives a photo once, for good, with a reason; only an erasure removes the archive', () => {
  migrateTo(t.db, migration0016.version);
  const patient = insertPatientRow(t.db, 'u1', 'Old');
  const photo = insertPhoto('ph1', patient, consentDocument(patient));
  const archive = t.db.prepare(
    'INSERT INTO photo_archives (photo_id, patient_id, reason, amendment, archived_at) VALUES (?, ?, ?, 0, ?)',
  );
  expect(() => archive.run(photo, patient, '', AT)).toThrow(/CHECK/);
  archive.run(photo, patient, 'Wrong patient in frame', AT);
  expect(() => archive.run(photo, patient, 'again', AT)).toThrow(/UNIQUE|PRIMARY/);
  expect(() => t.db.prepare("UPDATE photo_archives SET reason = 'x'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM photo_archives').run()).toThrow(/LOCKED/);
  t.db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)').run(patient);
  expect(t.db.prepare('DELETE FROM photo_archives').run().changes).toBe(1);
  expect(t.db.prepare('DELETE FROM photos').run().changes).toBe(1);
});
