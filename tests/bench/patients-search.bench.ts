import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';

import {
  patientCountSql,
  patientPageSql,
  searchPlanner,
  statementCache,
} from '../../src/main/patients/search-plan';
import { searchSql } from '../../src/main/patients/search-query';
import type { PatientFieldsInput } from '../../src/shared/patients/schema';
import { foldText } from '../../src/shared/text/fold';
import { testContext } from '../fixtures/test-db';
import { pick, rng, seedPatientFields, seedPatients } from './seed';
import { seedCached } from './seed-cache';
import { cpuTime, fmt, summarize, time } from './stats';

/** What practitioners type: name prefixes (with and without accents), phone digits, numbers, dates. */
export function realisticQueries(seeded: ReturnType<typeof seedPatientFields>, count: number): string[] {
  const random = rng(7);
  const queries: string[] = [];
  while (queries.length < count) {
    const p = pick(random, seeded);
    const kind = random();
    if (kind < 0.5) {
      const name = random() < 0.6 ? p.lastName : (p.firstName ?? p.lastName);
      const text = random() < 0.5 ? name : foldText(name);
      queries.push(text.slice(0, 1 + Math.floor(random() * Math.min(6, text.length))));
    } else if (kind < 0.65) {
      queries.push(`${(p.firstName ?? '').slice(0, 3)} ${p.lastName.slice(0, 3)}`);
    } else if (kind < 0.8) {
      const digits = (p.phone ?? '').replace(/\D/g, '');
      queries.push(digits.slice(-4 - Math.floor(random() * 4)));
    } else if (kind < 0.9) {
      queries.push(`P-${String(1 + Math.floor(random() * seeded.length)).padStart(6, '0')}`);
    } else {
      queries.push(p.dateOfBirth);
    }
  }
  return queries;
}

/** Searched as the app searches: an encrypted clinic (every page read is decrypted and authenticated). */
const SEARCH_BENCH_KEY = Buffer.alloc(32, 0x5e);

/**
 * A database of `patients` seeded patients (nothing else) in `dir`, copied from the seed cache when
 * the same clinic was seeded before (seed-cache.ts), and the fields the patients were created with.
 */
export function seededSearchDb(
  dir: string,
  patients: number,
): { db: Db; seeded: PatientFieldsInput[]; seedMs: number; cached: boolean } {
  const file = path.join(dir, `search-${patients}.db`);
  let cached = false;
  const seedMs = time(() => {
    cached = seedCached(file, { search: patients, seed: 42, cipher: 'aegis' }, (fresh) => {
      const { db } = openDatabase(fresh, { key: SEARCH_BENCH_KEY });
      seedPatients(db, createServices(testContext(db)), patients);
      db.close();
    }).cached;
  });
  return {
    db: openDatabase(file, { key: SEARCH_BENCH_KEY }).db,
    seeded: seedPatientFields(patients),
    seedMs,
    cached,
  };
}

export function benchPatientSearch(dir: string, patients = 10_000, queryCount = 400) {
  const { db, seeded, seedMs, cached } = seededSearchDb(dir, patients);
  const services = createServices(testContext(db));
  const qs = realisticQueries(seeded, queryCount);

  // The floor: the same SQL with the same parameters (the capped match counts that choose the plan,
  // the page and, when the page is full, the capped count), prepared once, straight on SQLite.
  const statement = statementCache(db);
  const planFor = searchPlanner(db);
  const floor = (q: string) => {
    const { plan, search } = planFor(searchSql(q));
    const page = patientPageSql(search, false, plan, false);
    const listed = statement(page.sql)
      .raw()
      .all(...page.params, 100, 0);
    if (listed.length === 100) {
      const count = patientCountSql(search, false);
      statement(count.sql)
        .raw()
        .get(...count.params);
    }
  };

  for (const q of qs.slice(0, 50)) {
    services.patients.search(q, false, 0, 100);
    floor(q);
  }
  const serviceSamples = qs.map((q) => time(() => services.patients.search(q, false, 0, 100)));
  const floorSamples = qs.map((q) => time(() => floor(q)));
  const service = summarize(serviceSamples);
  const bare = summarize(floorSamples);
  // On a shared machine the wall clock includes waiting for a CPU; CPU time is what the search costs.
  const serviceCpu = summarize(qs.map((q) => cpuTime(() => services.patients.search(q, false, 0, 100))));
  const bareCpu = summarize(qs.map((q) => cpuTime(() => floor(q))));
  db.close();
  return {
    seedMs,
    cached,
    rows: [
      {
        measure: 'patient search (service: list + total)',
        median: fmt(service.median),
        p95: fmt(service.p95),
      },
      { measure: 'same list + count SQL, bare SQLite (floor)', median: fmt(bare.median), p95: fmt(bare.p95) },
      { measure: 'patient search, CPU time', median: fmt(serviceCpu.median), p95: fmt(serviceCpu.p95) },
      { measure: 'floor, CPU time', median: fmt(bareCpu.median), p95: fmt(bareCpu.p95) },
      {
        measure: 'ratio service / floor (p95)',
        median: (service.median / bare.median).toFixed(2),
        p95: (service.p95 / bare.p95).toFixed(2),
      },
    ],
    service,
    bare,
    serviceCpu,
    bareCpu,
  };
}
