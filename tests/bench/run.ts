import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { benchDocuments } from './documents';
import { benchEncryption } from './encryption.bench';
import { benchExports } from './exports.bench';
import { benchPatientSearch } from './patients-search.bench';
import { benchScreening } from './screening.bench';
import { benchTreatments } from './treatments.bench';

/** `npm run bench`: seeds temporary databases and reports latencies next to their bare-SQLite floor. */
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bench-'));
  try {
    const { db } = openDatabase(path.join(dir, 'bench.db'));
    const screening = benchScreening();
    console.log(
      `Screening (first call, building the knowledge-base index: ${screening.firstCallMs.toFixed(1)} ms):`,
    );
    console.table(screening.rows);
    console.log(
      `Aim: p95 under 1 ms: wall clock ${screening.service.p95 < 1 ? 'met' : 'NOT met'}, CPU time ${
        screening.serviceCpu.p95 < 1 ? 'met' : 'NOT met'
      } (load average ${os
        .loadavg()[0]
        ?.toFixed(
          1,
        )} on ${os.cpus().length} cores: on a busy machine the wall-clock p95 includes waiting for a CPU)\n`,
    );
    if (process.env.BENCH_ONLY === 'screening') return;

    const patients = Number(process.env.BENCH_PATIENTS ?? 10_000);
    console.log(`Seeding ${patients} patients ...`);
    const search = benchPatientSearch(db, patients);
    console.log(
      `Seeded in ${(search.seedMs / 1000).toFixed(1)} s. Patient search over 400 realistic queries:`,
    );
    console.table(search.rows);
    const verdict = search.service.p95 < 5 && search.service.p95 <= 2 * search.bare.p95;
    console.log(`Aim: p95 under 5 ms and within 2x of the floor: ${verdict ? 'met' : 'NOT met'}`);
    db.close();

    console.log('\nEncryption at rest (SQLCipher 4 format) against the same work on a plain database:');
    console.table(benchEncryption(dir, patients));
    console.log('Aim: encryption costs under 20%.');

    const treatmentsDb = openDatabase(path.join(dir, 'treatments.db')).db;
    const sessions = Number(process.env.BENCH_SESSIONS ?? 100_000);
    console.log(`\nSeeding ${patients} patients with ${sessions} signed sessions ...`);
    const treatments = benchTreatments(treatmentsDb, patients, sessions);
    console.log(`Seeded in ${(treatments.seedMs / 1000).toFixed(1)} s. Treatment records:`);
    console.table(treatments.rows);
    const met = Object.values(treatments.results).every((r) => r.service.p95 < 10);
    console.log(`Aim: every p95 under 10 ms: ${met ? 'met' : 'NOT met'}`);
    treatmentsDb.close();

    await benchDocuments();
    await benchExports(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
