import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0017 } from '../../../src/main/db/migrations/0017-lighter-patient-search';
import { createPatientService } from '../../../src/main/patients/service';
import { patientFieldsSchema } from '../../../src/shared/patients/schema';
import { insertPapPatients, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';
import { patientFields } from '../../fixtures/patients';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0017) - 1]?.version ?? 0;

it('keeps every patient findable through the rebuilt indexes and counts archived ones out', () => {
  migrateTo(t.db, previous);
  const archived = insertPapPatients(t.db);
  const before = t.db.prepare('SELECT * FROM patients ORDER BY id').all();

  const after = t.reopenAt(migration0017.version);
  expect(after.schemaVersion).toBe(migration0017.version);
  const db = after.db;
  expect(db.prepare('SELECT * FROM patients ORDER BY id').all()).toEqual(before);
  // The per-patient token counts are no longer kept; the indexes themselves are intact.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%docsize'").pluck().all();
  expect(tables).toEqual([]);
  db.exec("INSERT INTO patients_fts (patients_fts) VALUES ('integrity-check')");
  db.exec("INSERT INTO patients_words (patients_words) VALUES ('integrity-check')");

  // The patient service alone: the others read tables that later migrations add. Today's search
  // also reads an index a later migration adds, so it runs on the latest schema, over these indexes.
  migrateTo(db, LATEST_SCHEMA_VERSION);
  const patients = createPatientService({ db, now: () => new Date(), newId: () => crypto.randomUUID() });
  const found = (q: string, all = false) => patients.search(q, all, 0, 100).items.map((p) => p.lastName);
  expect(found('papad')).toEqual(['Papadakis', 'Papadopoulou']);
  expect(found('pa')).toEqual(['Papadakis', 'Papadopoulou']);
  expect(found('pa', true)).toEqual(['Papadakis', 'Papadopoulou', 'Pappas']);
  // Totals beyond the first page are counted in the full-text indexes, less the archived matches.
  expect(patients.search('pap', false, 1, 1).total).toBe(2);
  expect(patients.search('pap', true, 1, 1).total).toBe(3);
  expect(
    db
      .prepare('SELECT id FROM patients INDEXED BY patients_archived WHERE archived_at IS NOT NULL')
      .pluck()
      .all(),
  ).toEqual([archived]);

  // Saving keeps both indexes in step, as before.
  const created = patients.create(
    patientFieldsSchema.parse(patientFields({ firstName: 'Ελένη', lastName: 'Papoulia' })),
    true,
  );
  expect(found('poul')).toEqual(['Papadopoulou', 'Papoulia']);
  patients.archive(created.id);
  expect(patients.search('pap', false, 1, 1).total).toBe(2);
});
