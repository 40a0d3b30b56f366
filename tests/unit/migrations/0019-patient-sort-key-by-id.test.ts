import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0019 } from '../../../src/main/db/migrations/0019-patient-sort-key-by-id';
import { createPatientService } from '../../../src/main/patients/service';
import { patientFieldsSchema } from '../../../src/shared/patients/schema';
import { insertPapPatients, migrateTo, migrationDbPerTest } from '../../fixtures/migrate';
import { patientFields } from '../../fixtures/patients';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0019) - 1]?.version ?? 0;

it('keeps every patient and reads a rare name through the new index, archived ones counted out', () => {
  migrateTo(t.db, previous);
  insertPapPatients(t.db);
  const before = t.db.prepare('SELECT * FROM patients ORDER BY id').all();
  const changes = t.db.prepare('SELECT * FROM patient_changes ORDER BY id').all();

  const after = t.reopenAt(migration0019.version);
  expect(after.schemaVersion).toBe(migration0019.version);
  const db = after.db;
  expect(db.prepare('SELECT * FROM patients ORDER BY id').all()).toEqual(before);
  expect(db.prepare('SELECT * FROM patient_changes ORDER BY id').all()).toEqual(changes);
  expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
  // The index holds every patient, archived ones included (a search may include them).
  const indexed = db
    .prepare('SELECT id, sort_key, archived_at FROM patients INDEXED BY patients_sort_key_by_id ORDER BY id')
    .all();
  expect(indexed).toEqual(
    (before as { id: number; sort_key: string; archived_at: string | null }[]).map((p) => ({
      id: p.id,
      sort_key: p.sort_key,
      archived_at: p.archived_at,
    })),
  );

  // The patient service alone: the others read tables that later migrations add.
  const patients = createPatientService({ db, now: () => new Date(), newId: () => crypto.randomUUID() });
  const found = (q: string, all = false) => patients.search(q, all, 0, 100).items.map((p) => p.lastName);
  expect(found('papad')).toEqual(['Papadakis', 'Papadopoulou']);
  expect(found('pap', true)).toEqual(['Papadakis', 'Papadopoulou', 'Pappas']);
  const plan = db
    .prepare(
      'EXPLAIN QUERY PLAN SELECT p.id FROM patients_fts d CROSS JOIN patients p INDEXED BY patients_sort_key_by_id ON p.id = d.rowid WHERE d.patients_fts MATCH ? ORDER BY p.sort_key, p.id',
    )
    .all('"pap"')
    .map((r) => (r as { detail: string }).detail);
  expect(plan).toContain('SEARCH p USING COVERING INDEX patients_sort_key_by_id (id=?)');

  // Saving, renaming and archiving keep the index in step.
  const created = patients.create(
    patientFieldsSchema.parse(patientFields({ firstName: 'Ελένη', lastName: 'Papoulia' })),
    true,
  );
  expect(found('pap')).toEqual(['Papadakis', 'Papadopoulou', 'Papoulia']);
  patients.update(
    created.id,
    created.version,
    patientFieldsSchema.parse(patientFields({ firstName: 'Ελένη', lastName: 'Apostolou' })),
  );
  expect(found('pap')).toEqual(['Papadakis', 'Papadopoulou']);
  expect(found('apost')).toEqual(['Apostolou']);
  patients.archive(created.id);
  expect(found('apost')).toEqual([]);
  expect(found('apost', true)).toEqual(['Apostolou']);
  expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
});
