import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { migration0020 } from '../../../src/main/db/migrations/0020-search-blocks-fit-a-page';
import type { Db } from '../../../src/main/db/types';
import { createPatientService } from '../../../src/main/patients/service';
import { patientFieldsSchema } from '../../../src/shared/patients/schema';
import { randomPatient, rng } from '../../bench/seed';
import { migrateTo, migrationDbPerTest } from '../../fixtures/migrate';

const t = migrationDbPerTest();
const previous = MIGRATIONS[MIGRATIONS.indexOf(migration0020) - 1]?.version ?? 0;

const patientsOf = (db: Db) =>
  createPatientService({ db, now: () => new Date(), newId: () => crypto.randomUUID() });
const largestBlock = (db: Db, table: string) =>
  db.prepare(`SELECT max(length(block)) FROM ${table}_data`).pluck().get() as number;
/** A row of this many bytes fits a 4,096-byte page under either cipher (AEGIS-256: 4,029; SQLCipher 4: 3,981). */
const FITS_A_PAGE = 3950;
const QUERIES = ['mar', 'maria', 'ko', 'pap', 'anna m', 'müller', 'zz', '1984', 'jo'];

it('rewrites the search index in blocks that fit a page, every patient kept and every search answering the same', () => {
  migrateTo(t.db, previous);
  const random = rng(20);
  const seeded = patientsOf(t.db);
  t.db.transaction(() => {
    for (let i = 0; i < 2500; i++) seeded.create(patientFieldsSchema.parse(randomPatient(random)), true);
  })();
  // As written before: blocks larger than a page holds once the cipher takes its share.
  for (const table of ['patients_fts', 'patients_words'])
    expect(largestBlock(t.db, table)).toBeGreaterThan(4000);
  const before = t.db.prepare('SELECT * FROM patients ORDER BY id').all();
  const found = (db: Db) => {
    const service = patientsOf(db);
    return QUERIES.map((q) => {
      const page = service.search(q, true, 0, 200);
      return { q, total: page.total, ids: page.items.map((p) => p.id) };
    });
  };
  const answers = found(t.db);
  expect(answers.filter((a) => a.ids.length > 0).length).toBeGreaterThan(4);

  const after = t.reopenAt(migration0020.version);
  const db = after.db;
  expect(after.schemaVersion).toBe(migration0020.version);
  expect(db.prepare('SELECT * FROM patients ORDER BY id').all()).toEqual(before);
  expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
  for (const table of ['patients_fts', 'patients_words']) {
    expect(largestBlock(db, table)).toBeLessThanOrEqual(FITS_A_PAGE);
    db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
  }
  expect(found(db)).toEqual(answers);

  // Later saves keep to the new block size (the setting is kept in the index's own config).
  const patients = patientsOf(db);
  db.transaction(() => {
    for (let i = 0; i < 1500; i++) patients.create(patientFieldsSchema.parse(randomPatient(random)), true);
  })();
  for (const table of ['patients_fts', 'patients_words']) {
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
    expect(largestBlock(db, table)).toBeLessThanOrEqual(FITS_A_PAGE);
  }
});
