import crypto from 'node:crypto';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/test-db';
import { medianSpread, record } from './figures';
import { realisticQueries } from './patients-search.bench';
import { randomPatient, rng, seedPatients } from './seed';
import { cpuTime, summarize, time } from './stats';

const ROUNDS = Number(process.env.BENCH_ENCRYPTION_ROUNDS ?? 9);
/**
 * Saves per round: one patient is about 23 WAL pages, so SQLite's automatic checkpoint (every 1,000
 * pages) falls on one save in 43. With 40 saves a round held one checkpoint or none, and the p95 of
 * either clinic swung with it; 120 hold two or three in each.
 */
const SAVES = Number(process.env.BENCH_SAVES ?? 120);

function clinicAt(file: string, key: Buffer | undefined, patients: number) {
  const { db } = openDatabase(file, { key });
  const services = createServices(testContext(db));
  let seeded: ReturnType<typeof seedPatients> = [];
  const seedMs = time(() => {
    seeded = seedPatients(db, services, patients);
  });
  return { db, services, seedMs, queries: realisticQueries(seeded, 400), random: rng(99) };
}
type Clinic = ReturnType<typeof clinicAt>;

/** One round of each measure on one clinic: search p50/p95 over 400 queries, one-commit save over SAVES. */
function round(c: Clinic) {
  const search = summarize(c.queries.map((q) => time(() => c.services.patients.search(q, false, 0, 100))));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const fields = patientFieldsSchema.parse(randomPatient(c.random));
    let spent = 0;
    wall.push(
      time(() => {
        spent = cpuTime(() => c.services.patients.create(fields, true));
      }),
    );
    cpu.push(spent);
  }
  return { search, save: summarize(wall), saveCpu: summarize(cpu) };
}

/**
 * Encryption at rest against the same work on a plain database, interleaved: each round measures the
 * plain clinic then the encrypted one (the order alternating), so both see the same machine load, and
 * the overhead is the median of the per-round ratios with its range.
 */
export function benchEncryption(dir: string, patients = 10_000) {
  const plain = clinicAt(path.join(dir, 'plain.db'), undefined, patients);
  const encrypted = clinicAt(path.join(dir, 'encrypted.db'), crypto.randomBytes(32), patients);
  for (const c of [plain, encrypted])
    for (const q of c.queries.slice(0, 50)) c.services.patients.search(q, false, 0, 100);
  const ratios: Record<string, number[]> = {
    'search p50': [],
    'search p95': [],
    'save p50': [],
    'save p95': [],
    'save CPU p50': [],
    'save CPU p95': [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    const [a, b] = i % 2 ? [encrypted, plain] : [plain, encrypted];
    const first = round(a);
    const second = round(b);
    const [p, e] = i % 2 ? [second, first] : [first, second];
    ratios['search p50']?.push(e.search.median / p.search.median);
    ratios['search p95']?.push(e.search.p95 / p.search.p95);
    ratios['save p50']?.push(e.save.median / p.save.median);
    ratios['save p95']?.push(e.save.p95 / p.save.p95);
    ratios['save CPU p50']?.push(e.saveCpu.median / p.saveCpu.median);
    ratios['save CPU p95']?.push(e.saveCpu.p95 / p.saveCpu.p95);
  }
  plain.db.close();
  encrypted.db.close();
  const pct = (r: number) => `${((r - 1) * 100).toFixed(0)}%`;
  const rows = Object.entries(ratios).map(([measure, values]) => {
    const { median, min, max } = medianSpread(values);
    const isTarget = measure === 'search p95' || measure === 'save p95';
    const what = measure.startsWith('save') ? 'save a patient (one commit)' : 'patient search';
    record({
      name: `encryption overhead, ${what} ${measure.replace(/^(save|search) /, '')} (encrypted / plain, median of interleaved ratios)`,
      value: median,
      unit: 'x',
      runs: ROUNDS,
      spread: { min, max },
      floor: { name: 'plain database', value: 1, unit: 'x' },
      ...(isTarget ? { target: '< 1.2x', met: median < 1.2 } : {}),
    });
    return { measure, overhead: pct(median), spread: `${pct(min)} … ${pct(max)}`, rounds: ROUNDS };
  });
  rows.push({
    measure: `seed ${patients} patients (one transaction)`,
    overhead: pct(encrypted.seedMs / plain.seedMs),
    spread: 'one run',
    rounds: 1,
  });
  return rows;
}
