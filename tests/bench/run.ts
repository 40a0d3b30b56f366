import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { benchBackup, benchBackupSessions } from './backup.bench';
import { benchBackupPhotos } from './backup-photos.bench';
import { benchDiary } from './diary.bench';
import { benchDocuments } from './documents';
import { benchEncryption } from './encryption.bench';
import { benchExports } from './exports.bench';
import { machineLoad, record, writeFiguresIfAsked } from './figures';
import { benchPatientSearch } from './patients-search.bench';
import { benchPhotos } from './photos.bench';
import { benchRestore } from './restore.bench';
import { benchScreening } from './screening.bench';
import type { Timing } from './stats';
import { benchTreatments } from './treatments.bench';

/** BENCH_LARGE=1: the list, search, timeline, recall and export figures also at 100,000 patients. */
const LARGE = process.env.BENCH_LARGE === '1';
/** BENCH_ONLY=encryption,backup,documents (comma-separated): only those parts, after screening. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (part: string) => !ONLY || ONLY.includes(part);

const recordP95 = (name: string, service: Timing, floor: Timing, runs: number, target?: number) =>
  record({
    name: `${name} p95`,
    value: service.p95,
    unit: 'ms',
    runs,
    floor: { name: 'same SQL, bare SQLite (p95)', value: floor.p95, unit: 'ms' },
    ...(target ? { target: `< ${target} ms`, met: service.p95 < target } : {}),
  });

function searchAt(dir: string, patients: number) {
  console.log(`Seeding ${patients} patients ...`);
  const search = benchPatientSearch(dir, patients);
  const from = search.cached ? 'Copied from the seed cache' : 'Seeded';
  console.log(
    `${from} in ${(search.seedMs / 1000).toFixed(1)} s. Patient search over 400 realistic queries:`,
  );
  console.table(search.rows);
  const verdict = (t: { p95: number }, floor: { p95: number }) =>
    t.p95 < 5 && t.p95 <= 2 * floor.p95 ? 'met' : 'NOT met';
  console.log(
    `Aim: p95 under 5 ms and within 2x of the floor: wall clock ${verdict(search.service, search.bare)}, CPU time ${verdict(search.serviceCpu, search.bareCpu)} (load average ${os.loadavg()[0]?.toFixed(1)})`,
  );
  recordP95(`patient search, ${patients} patients`, search.service, search.bare, 400, 5);
  recordP95(`patient search CPU time, ${patients} patients`, search.serviceCpu, search.bareCpu, 400, 5);
}

function treatmentsAt(dir: string, patients: number, sessions: number) {
  const db = openDatabase(path.join(dir, `treatments-${patients}.db`)).db;
  console.log(`\nSeeding ${patients} patients with ${sessions} signed sessions ...`);
  const treatments = benchTreatments(db, patients, sessions);
  console.log(`Seeded in ${(treatments.seedMs / 1000).toFixed(1)} s. Treatment records:`);
  console.table(treatments.rows);
  const met = Object.values(treatments.results).every((r) => r.service.p95 < 10);
  console.log(`Aim: every p95 under 10 ms: ${met ? 'met' : 'NOT met'}`);
  for (const [name, r] of Object.entries(treatments.results)) {
    recordP95(`${name}, ${patients} patients / ${sessions} sessions`, r.service, r.floor, 400, 10);
  }
  db.close();
}

/**
 * `npm run bench [-- --json FILE]`: seeds temporary databases and reports every figure next to its
 * floor measured in the same run; --json writes them all (value, floor, unit, runs) for comparison.
 */
async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bench-'));
  console.log('Machine at the start:', machineLoad());
  try {
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

    const patients = Number(process.env.BENCH_PATIENTS ?? 10_000);
    if (runs('search')) searchAt(dir, patients);

    if (runs('encryption')) {
      console.log('\nEncryption at rest (AEGIS-256) against the same work on a plain database:');
      console.table(benchEncryption(dir, patients));
      console.log('Aim: encryption costs under 20% (median of interleaved ratios).');
    }

    if (runs('treatments')) treatmentsAt(dir, patients, Number(process.env.BENCH_SESSIONS ?? 100_000));

    if (runs('diary')) benchDiaryAt(dir, patients);
    if (runs('backup')) {
      console.log(`\nVerified backup against a plain copy of the same database (${patients} patients):`);
      await benchBackup(dir, patients);
    }
    if (runs('backup-sessions')) {
      console.log('\nVerified backup of a clinic with its sessions against a plain copy of it:');
      await benchBackupSessions(dir);
    }
    if (runs('restore')) {
      console.log(`\nRestore: the app's thread while a backup of ${patients} patients is restored:`);
      await benchRestore(dir, patients);
    }
    if (runs('backup-photos')) {
      console.log('\nBackup with new photos: the main thread during the photo copy:');
      await benchBackupPhotos(dir, patients);
    }
    if (runs('documents')) await benchDocuments();
    if (runs('exports')) {
      console.log('\nWhole-clinic export:');
      const sizes = process.env.BENCH_EXPORT_SIZES?.split(',').map(Number);
      await benchExports(dir, sizes ?? (LARGE ? [1_000, 10_000, 100_000] : [1_000, 10_000]));
    }
    if (runs('photos')) await benchPhotos(dir);
    if (LARGE) {
      console.log('\nLarger clinic (BENCH_LARGE=1):');
      searchAt(dir, 100_000);
      treatmentsAt(dir, 100_000, 1_000_000);
    }
    console.log('\nMachine at the end:', machineLoad());
    writeFiguresIfAsked(process.argv);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function benchDiaryAt(dir: string, patients: number): void {
  const diaryDb = openDatabase(path.join(dir, 'diary.db')).db;
  const past = Number(process.env.BENCH_PAST_APPOINTMENTS ?? 100_000);
  const future = Number(process.env.BENCH_FUTURE_APPOINTMENTS ?? 5_000);
  console.log(`\nSeeding ${patients} patients with ${past} past and ${future} future appointments ...`);
  const diary = benchDiary(diaryDb, patients, past, future);
  console.log(`Seeded in ${(diary.seedMs / 1000).toFixed(1)} s. The diary:`);
  console.table(diary.rows);
  const diaryMet = Object.values(diary.results).every((r) => r.service.p95 < 5);
  console.log(`Aim: week view and "to remind today" p95 under 5 ms: ${diaryMet ? 'met' : 'NOT met'}`);
  diaryDb.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
