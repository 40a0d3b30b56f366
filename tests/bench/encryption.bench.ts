import crypto from 'node:crypto';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/db';
import { realisticQueries } from './patients-search.bench';
import { randomPatient, rng, seedPatients } from './seed';
import { fmt, summarize, type Timing, time } from './stats';

interface Measures {
  seedMs: number;
  search: Timing;
  create: Timing;
}

function measure(file: string, key: Buffer | undefined, patients: number): Measures {
  const { db } = openDatabase(file, { key });
  const services = createServices(testContext(db));
  let seeded: ReturnType<typeof seedPatients> = [];
  const seedMs = time(() => {
    seeded = seedPatients(db, services, patients);
  });
  const queries = realisticQueries(seeded, 400);
  for (const q of queries.slice(0, 50)) services.patients.search(q, false, 0, 100);
  const search = summarize(queries.map((q) => time(() => services.patients.search(q, false, 0, 100))));
  // One committed write each (synchronous=FULL): what saving a patient costs.
  const random = rng(99);
  const create = summarize(
    Array.from({ length: 200 }, () => {
      const fields = patientFieldsSchema.parse(randomPatient(random));
      return time(() => services.patients.create(fields, true));
    }),
  );
  db.close();
  return { seedMs, search, create };
}

export function benchEncryption(dir: string, patients = 10_000) {
  const plain = measure(path.join(dir, 'plain.db'), undefined, patients);
  const encrypted = measure(path.join(dir, 'encrypted.db'), crypto.randomBytes(32), patients);
  const overhead = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(0)}%`;
  return [
    {
      measure: 'patient search p50',
      plain: fmt(plain.search.median),
      encrypted: fmt(encrypted.search.median),
      overhead: overhead(plain.search.median, encrypted.search.median),
    },
    {
      measure: 'patient search p95',
      plain: fmt(plain.search.p95),
      encrypted: fmt(encrypted.search.p95),
      overhead: overhead(plain.search.p95, encrypted.search.p95),
    },
    {
      measure: 'save a patient (one commit) p50',
      plain: fmt(plain.create.median),
      encrypted: fmt(encrypted.create.median),
      overhead: overhead(plain.create.median, encrypted.create.median),
    },
    {
      measure: 'save a patient (one commit) p95',
      plain: fmt(plain.create.p95),
      encrypted: fmt(encrypted.create.p95),
      overhead: overhead(plain.create.p95, encrypted.create.p95),
    },
    {
      measure: `seed ${patients} patients (one transaction)`,
      plain: fmt(plain.seedMs),
      encrypted: fmt(encrypted.seedMs),
      overhead: overhead(plain.seedMs, encrypted.seedMs),
    },
  ];
}
