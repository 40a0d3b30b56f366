import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { prepareWorkerEntry } from '../../src/main/workers/spawn';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/test-db';
import { realSessionContent } from './exports.bench';
import { type Figure, medianSpread, record } from './figures';
import { randomPatient, rng, seedPatients } from './seed';
import { seedCached } from './seed-cache';
import { seedTreatments } from './treatments.bench';

const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 7);

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** A 1 ms timer that measures the longest gap between its ticks, while `work` runs every 20 ms. */
export function busyApp(work: () => void) {
  let longest = 0;
  /** When the longest gap ended (performance.now()). */
  let longestEnd = 0;
  let last = performance.now();
  const gap = (now: number) => {
    if (now - last > longest) {
      longest = now - last;
      longestEnd = now;
    }
    last = now;
  };
  const probe = setInterval(() => gap(performance.now()), 1);
  const writer = setInterval(work, 20);
  return {
    stop(): number {
      clearInterval(probe);
      clearInterval(writer);
      gap(performance.now());
      return longest;
    },
    /** When the longest pause ended, once stopped. */
    longestEndedAt: () => longestEnd,
  };
}

/** The worst event-loop pause over the runs against the worst without a backup; the aim is 50 ms. */
export function recordLongestPause(name: string, pauses: number[], floors: number[], floorName: string) {
  const pause = medianSpread(pauses);
  record({
    name,
    value: pause.max,
    unit: 'ms',
    runs: pauses.length,
    spread: { min: pause.min, max: pause.max },
    floor: { name: floorName, value: medianSpread(floors).max, unit: 'ms' },
    target: '< 50 ms',
    met: pause.max < 50,
  });
}

/**
 * A verified backup next to a plain file copy of the same database, interleaved (copy, copy + fsync,
 * backup ...) so that all see the same machine load, with the ratio taken per round. The headline
 * floor is the plain copy; the copy flushed to the disk (fsync), as a backup must be, is shown beside
 * it. While each backup runs, the main thread keeps saving a patient every 20 ms (as a busy app
 * would) and a timer measures the longest time its event loop could not answer.
 */
export async function benchBackup(dir: string, patients: number) {
  const key = crypto.randomBytes(32);
  const file = path.join(dir, 'backup-bench.db');
  const { db } = openDatabase(file, { key });
  seedPatients(db, createServices(testContext(db, { dataDir: dir })), patients);
  try {
    await measureBackups({ db, file, key, dir, runs: RUNS, clinic: `${patients} patients` });
  } finally {
    db.close();
  }
}

/** The bench clinic's key when it is kept in the seed cache (a random key would not open it again). */
const SESSIONS_BENCH_KEY = Buffer.alloc(32, 0xb5);

/**
 * The same at the size of a clinic with its treatment records: 10,000 patients with 100,000 signed
 * sessions (about 250 MB), seeded once and then copied from the seed cache (seed-cache.ts).
 * BENCH_BACKUP_SESSIONS_RUNS rounds (default 3).
 */
export async function benchBackupSessions(dir: string, patients = 10_000, sessions = 100_000) {
  const file = path.join(dir, 'backup-sessions.db');
  const started = performance.now();
  const real = await realSessionContent(dir);
  const { cached } = seedCached(
    file,
    { backup: patients, sessions, seed: 11, cipher: 'aegis' },
    (fresh) => {
      const { db } = openDatabase(fresh, { key: SESSIONS_BENCH_KEY });
      seedTreatments(db, patients, sessions, real);
      db.close();
    },
    ['tests/bench/treatments.bench.ts'],
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${cached ? 'Copied from the seed cache' : 'Seeded'} in ${seconds} s.`);
  const { db } = openDatabase(file, { key: SESSIONS_BENCH_KEY });
  try {
    await measureBackups({
      db,
      file,
      key: SESSIONS_BENCH_KEY,
      dir,
      runs: Number(process.env.BENCH_BACKUP_SESSIONS_RUNS ?? 3),
      clinic: `${patients} patients, ${sessions} sessions`,
      named: true,
    });
  } finally {
    db.close();
    fs.rmSync(file, { force: true });
  }
}

interface BackupBench {
  db: Db;
  file: string;
  key: Buffer;
  dir: string;
  runs: number;
  /** What the clinic holds, for the table. */
  clinic: string;
  /** Names the clinic in every recorded figure (the first bench's names stay as they were). */
  named?: boolean;
}

async function measureBackups({ db, file, key, dir, runs: RUNS, clinic, named }: BackupBench) {
  // Random ids: the clinic may come from the seed cache, whose patients took the fixture's first ids.
  const services = createServices(testContext(db, { dataDir: dir, newId: () => crypto.randomUUID() }));
  const suffix = named ? ` (${clinic})` : '';
  const folder = path.join(dir, 'bench-backups');
  const random = rng(7);
  // Run from source, the worker's bundle is made on first use, on this thread; the built app ships it.
  // Made here, so that the first backup measured starts its worker as the app's first backup does.
  prepareWorkerEntry('backup-worker');

  const copies: number[] = [];
  const syncedCopies: number[] = [];
  const syncedRatios: number[] = [];
  const backups: number[] = [];
  const ratios: number[] = [];
  const pauses: number[] = [];
  /** Where a backup's time goes: worker start and lock, the copy, then seal (WAL fold, fsync) and verification. */
  const phases = { start: [] as number[], copy: [] as number[], verify: [] as number[] };
  /** In which phase each run's longest pause ended. */
  const pausePhases: string[] = [];
  const idlePauses: number[] = [];
  /** CPU time (every thread of the process): what the machine's load does not stretch. */
  const copyCpu: number[] = [];
  const backupCpu: number[] = [];
  const cpuRatios: number[] = [];
  let sizeBytes = 0;
  let writes = 0;
  for (let run = 0; run < RUNS; run++) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const copyStart = performance.now();
    const copyCpuStart = process.cpuUsage();
    fs.copyFileSync(file, path.join(dir, 'plain-copy.db'));
    const copyMs = performance.now() - copyStart;
    const copyCpuMs = cpuMs(process.cpuUsage(copyCpuStart));
    const syncedStart = performance.now();
    copyAndFlush(file, path.join(dir, 'plain-copy-flushed.db'));
    const syncedMs = performance.now() - syncedStart;

    const busy = busyApp(() => {
      services.patients.create(patientFieldsSchema.parse(randomPatient(random)), true);
      writes += 1;
    });
    const start = performance.now();
    let firstProgress = 0;
    let verifying = 0;
    const info = await createBackup({
      db,
      folder,
      kind: 'manual',
      key,
      now: new Date(),
      keyfile: null,
      onProgress: (p) => {
        const at = performance.now() - start;
        if (!firstProgress) firstProgress = at;
        if (p.phase === 'verifying' && !verifying) verifying = at;
      },
    });
    const backupMs = performance.now() - start;
    phases.start.push(firstProgress);
    phases.copy.push(verifying - firstProgress);
    phases.verify.push(backupMs - verifying);
    pauses.push(busy.stop());
    const pauseEnd = busy.longestEndedAt() - start;
    pausePhases.push(pauseEnd < firstProgress ? 'start' : pauseEnd < verifying ? 'copy' : 'verify');
    // The floor: the same busy app for as long, without a backup (what the machine's load costs).
    const idle = busyApp(() => {
      services.patients.create(patientFieldsSchema.parse(randomPatient(random)), true);
    });
    await new Promise((resolve) => setTimeout(resolve, backupMs));
    idlePauses.push(idle.stop());
    if (info.status !== 'verified') throw new Error(`backup not verified: ${info.problem}`);
    sizeBytes = info.sizeBytes;
    fs.rmSync(info.file);
    fs.rmSync(`${info.file}.json`);
    copies.push(copyMs);
    backups.push(backupMs);
    ratios.push(backupMs / copyMs);
    syncedCopies.push(syncedMs);
    syncedRatios.push(backupMs / syncedMs);

    // The same backup with the app idle, for its CPU time against the copy's.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const quietCpuStart = process.cpuUsage();
    const quiet = await createBackup({ db, folder, kind: 'manual', key, now: new Date(), keyfile: null });
    const quietCpuMs = cpuMs(process.cpuUsage(quietCpuStart));
    if (quiet.status !== 'verified') throw new Error(`backup not verified: ${quiet.problem}`);
    fs.rmSync(quiet.file);
    fs.rmSync(`${quiet.file}.json`);
    copyCpu.push(copyCpuMs);
    backupCpu.push(quietCpuMs);
    cpuRatios.push(quietCpuMs / copyCpuMs);
  }
  fs.rmSync(path.join(dir, 'plain-copy.db'), { force: true });
  fs.rmSync(path.join(dir, 'plain-copy-flushed.db'), { force: true });

  const ratio = medianSpread(ratios);
  const syncedRatio = medianSpread(syncedRatios);
  const syncedCopy = medianSpread(syncedCopies);
  const cpuRatio = medianSpread(cpuRatios);
  const copy = medianSpread(copies);
  const backup = medianSpread(backups);
  const pause = medianSpread(pauses);
  const idlePause = medianSpread(idlePauses);
  const mb = (sizeBytes / 1024 / 1024).toFixed(1);
  record({
    name: `verified backup of a ${mb} MB database (${clinic})`,
    value: backup.median,
    unit: 'ms',
    runs: RUNS,
    spread: { min: backup.min, max: backup.max },
    floor: { name: 'plain file copy (median)', value: copy.median, unit: 'ms' },
  });
  const recordRatio = (
    name: string,
    m: ReturnType<typeof medianSpread>,
    floorName: string,
    aim: Pick<Figure, 'target' | 'met'> = {},
  ) =>
    record({
      name,
      value: m.median,
      unit: 'x',
      runs: RUNS,
      spread: { min: m.min, max: m.max },
      floor: { name: floorName, value: 1, unit: 'x' },
      ...aim,
    });
  recordRatio(`verified backup / plain copy (median of interleaved ratios)${suffix}`, ratio, 'plain copy', {
    target: '<= 3x',
    met: ratio.median <= 3,
  });
  recordRatio(
    `verified backup / plain copy flushed to the disk (median of interleaved ratios)${suffix}`,
    syncedRatio,
    'plain copy + fsync',
  );
  recordRatio(
    `verified backup / plain copy, CPU time of the process (median of ratios, app idle)${suffix}`,
    cpuRatio,
    'plain copy CPU time',
  );
  recordLongestPause(
    `longest main-thread event-loop pause during a backup (worst run)${suffix}`,
    pauses,
    idlePauses,
    'the same, without a backup (worst run)',
  );
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.table([
    {
      measure: `verified backup (${mb} MB, worker thread)`,
      median: ms(backup.median),
      spread: `${ms(backup.min)} – ${ms(backup.max)}`,
    },
    {
      measure: 'floor: plain file copy',
      median: ms(copy.median),
      spread: `${ms(copy.min)} – ${ms(copy.max)}`,
    },
    {
      measure: 'second floor: plain file copy + fsync',
      median: ms(syncedCopy.median),
      spread: `${ms(syncedCopy.min)} – ${ms(syncedCopy.max)}`,
    },
    {
      measure: 'backup / copy, per interleaved pair',
      median: `${ratio.median.toFixed(1)}x`,
      spread: `${ratio.min.toFixed(1)}x – ${ratio.max.toFixed(1)}x`,
    },
    {
      measure: 'backup / (copy + fsync), same rounds',
      median: `${syncedRatio.median.toFixed(1)}x`,
      spread: `${syncedRatio.min.toFixed(1)}x – ${syncedRatio.max.toFixed(1)}x`,
    },
    {
      measure: 'CPU time: backup with the app idle (all threads) / plain copy',
      median: `${ms(medianSpread(backupCpu).median)} / ${ms(medianSpread(copyCpu).median)} = ${cpuRatio.median.toFixed(1)}x`,
      spread: `${cpuRatio.min.toFixed(1)}x – ${cpuRatio.max.toFixed(1)}x`,
    },
    ...Object.entries({
      '  of which: worker start, lock, first 1 MB copied': phases.start,
      '  of which: the rest of the copy': phases.copy,
      '  of which: WAL fold, fsync, reading every page (verification)': phases.verify,
    }).map(([measure, values]) => {
      const m = medianSpread(values);
      return { measure, median: ms(m.median), spread: `${ms(m.min)} – ${ms(m.max)}` };
    }),
    {
      measure: `longest event-loop pause (saving a patient every 20 ms: ${writes} saves)`,
      median: ms(pause.median),
      spread: `${ms(pause.min)} – ${ms(pause.max)}`,
    },
    {
      measure: '  the longest pause of each run ended in (start / copy / verify)',
      median: ['start', 'copy', 'verify'].map((p) => pausePhases.filter((q) => q === p).length).join(' / '),
      spread: '',
    },
    {
      measure: 'floor: longest pause, same saves, no backup',
      median: ms(idlePause.median),
      spread: `${ms(idlePause.min)} – ${ms(idlePause.max)}`,
    },
  ]);
  console.log(
    `${clinic}, ${RUNS} runs, load average ${os.loadavg()[0]?.toFixed(1)}. Aims: backup at most 3x a file copy (${ratio.median <= 3 ? 'met' : 'NOT met'}); longest pause under 50 ms (${pause.max < 50 ? 'met' : 'NOT met'}).`,
  );
}

/** The second floor: the same copy, flushed to the disk before it counts as done. */
function copyAndFlush(from: string, to: string) {
  fs.copyFileSync(from, to);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'mesodesk-bench-backup-'));
  benchBackup(dir, Number(process.env.BENCH_PATIENTS ?? 10_000))
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
