import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0011 } from '../../../src/main/db/migrations/0011-photos';
import { migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const PREVIOUS = MIGRATIONS[MIGRATIONS.indexOf(migration0011) - 1]?.version as number;
const AT = '2026-03-01T09:00:00.000Z';

function seed() {
  const db = t.db;
  const patient = Number(
    db
      .prepare(
        `INSERT INTO patients (uid, number, last_name, date_of_birth, sex, sort_key, name_key, search_text,
          created_at, updated_at) VALUES ('p1', 'P-000001', 'Old', '1970-01-01', 'female', 'old', 'old', 'old', ?, ?)`,
      )
      .run(AT, AT).lastInsertRowid,
  );
  const template = Number(
    db
      .prepare(
        `INSERT INTO document_templates (key, version, kind, builtin, title, content, created_at)
         VALUES ('consent-face', 1, 'consent', 1, 'Consent', '{}', ?)`,
      )
      .run(AT).lastInsertRowid,
  );
  const document = Number(
    db
      .prepare(
        `INSERT INTO documents (uid, patient_id, kind, template_id, title, snapshot, signatures, photo_consent,
          created_at, sha256) VALUES ('d1', ?, 'consent', ?, 'Consent', '{}', '[]', 'clinical', ?, 'h')`,
      )
      .run(patient, template, AT).lastInsertRowid,
  );
  return { patient, document };
}

const photo = (patient: number, document: number) =>
  t.db
    .prepare(
      `INSERT INTO photos (uid, patient_id, moment, view, taken_at, taken_at_source, source, width, height,
         image_file, image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at)
       VALUES ('ph1', ?, 'baseline', 'face-front', ?, 'import', 'import', 10, 10, ?, 100, ?, 50, 'clinical', ?, ?)`,
    )
    .run(patient, AT, 'a'.repeat(64), 'b'.repeat(64), document, AT);

it('keeps every earlier row and adds the photo tables, whose rows never change', () => {
  migrateTo(t.db, PREVIOUS);
  const { patient, document } = seed();
  migrateTo(t.db, migration0011.version);
  expect(t.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  // A clinic that already had patients keeps signing sessions without before photos until it opts in.
  expect(t.db.prepare("SELECT value FROM settings WHERE key = 'beforePhotosRequired'").pluck().get()).toBe(
    'false',
  );
  expect(t.db.prepare('SELECT last_name FROM patients WHERE id = ?').pluck().get(patient)).toBe('Old');
  photo(patient, document);
  expect(() => t.db.prepare("UPDATE photos SET note = 'changed'").run()).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM photos').run()).toThrow(/LOCKED/);
  t.db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)').run(patient);
  expect(t.db.prepare('DELETE FROM photos').run().changes).toBe(1);
});

it('refuses a second photo key and any change to the first; a new clinic requires before photos', () => {
  migrateTo(t.db, migration0011.version);
  expect(t.db.prepare("SELECT count(*) FROM settings WHERE key = 'beforePhotosRequired'").pluck().get()).toBe(
    0,
  );
  t.db
    .prepare('INSERT INTO photo_store_key (id, key, created_at) VALUES (1, ?, ?)')
    .run(Buffer.alloc(32), AT);
  expect(() =>
    t.db
      .prepare('INSERT INTO photo_store_key (id, key, created_at) VALUES (2, ?, ?)')
      .run(Buffer.alloc(32), AT),
  ).toThrow();
  expect(() => t.db.prepare('UPDATE photo_store_key SET key = ?').run(Buffer.alloc(32, 1))).toThrow(/LOCKED/);
  expect(() => t.db.prepare('DELETE FROM photo_store_key').run()).toThrow(/LOCKED/);
});
