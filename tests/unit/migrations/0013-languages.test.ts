import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0013 } from '../../../src/main/db/migrations/0013-languages';
import { insertPatientRow, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0013) - 1]?.version ?? 0;

it('keeps every patient and template, in English, and accepts only supported languages', () => {
  migrateTo(t.db, previous);
  const patient = insertPatientRow(t.db, 'p1', 'Rossi');
  t.db
    .prepare(
      `INSERT INTO document_templates (key, version, kind, builtin, title, content, created_at)
       VALUES ('custom.mine', 1, 'consent', 0, 'Mine', '{}', 't')`,
    )
    .run();
  migrateTo(t.db, migration0013.version);

  const row = t.db.prepare('SELECT last_name, preferred_language FROM patients WHERE id = ?').get(patient);
  expect(row).toEqual({ last_name: 'Rossi', preferred_language: 'en' });
  expect(
    t.db.prepare("SELECT title, language FROM document_templates WHERE key = 'custom.mine'").get(),
  ).toEqual({
    title: 'Mine',
    language: 'en',
  });
  t.db.prepare("UPDATE patients SET preferred_language = 'it' WHERE id = ?").run(patient);
  expect(() =>
    t.db.prepare("UPDATE patients SET preferred_language = 'xx' WHERE id = ?").run(patient),
  ).toThrow(/CHECK/);
});

it('records one approval per text, language and exact wording', () => {
  migrateTo(t.db, migration0013.version);
  const approve = t.db.prepare(
    `INSERT INTO clinical_text_approvals (text_key, language, content_sha256, approved_by, approved_at)
     VALUES (?, ?, ?, 'Dr A', 't')`,
  );
  approve.run('intake', 'it', 'a'.repeat(64));
  approve.run('intake', 'it', 'b'.repeat(64));
  expect(() => approve.run('intake', 'it', 'a'.repeat(64))).toThrow(/UNIQUE/);
  expect(() => approve.run('intake', 'xx', 'c'.repeat(64))).toThrow(/CHECK/);
});
