/**
 * Golden check of the whole-clinic export: `seed N FILE` writes a seeded clinic (fixed key), `export FILE`
 * exports it at a fixed time and prints the SHA-256 of every file, then the time taken. Run before and
 * after a change to the export: the sums must not move.
 *   npx tsx tests/bench/export-golden.ts seed 1000 /tmp/clinic.db
 *   npx tsx tests/bench/export-golden.ts export /tmp/clinic.db > sums.txt
 * GOLDEN_DOCUMENTS=1 adds every record PDF, GOLDEN_TRACE=1 prints the memory every second,
 * GOLDEN_KEEP=DIR keeps the export, GOLDEN_WORKERS=0 exports on the main thread alone.
 * GOLDEN_KEY=<hex> opens a database of another key; GOLDEN_JSON=1 prints no sums and ends with the
 * figures as one JSON line on stderr (the bench runs each export in a process of its own so).
 * GOLDEN_SETTLE=1 starts the export only once V8 has given back the young generation that loading the
 * app grew (see settled), as in an app that has been open a while; off by default, so that the figures
 * stay comparable with earlier rounds.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { prepareWorkerEntry } from '../../src/main/workers/spawn';
import { testContext } from '../fixtures/test-db';
import { realSessionContent } from './exports.bench';
import { seedTreatments } from './treatments.bench';

/** One export's figures, as GOLDEN_JSON prints them. */
export interface GoldenRun {
  ms: number;
  /** CPU time of the process (every thread), less sensitive than wall time to a loaded machine. */
  cpuMs: number;
  /** The one-minute load average as the run ended. */
  load: number;
  peakRssMb: number;
  startRssMb: number;
  files: number;
  resources: number;
}

/** V8's young generation of the main thread, committed (empty or not, its pages count in the RSS). */
const youngMb = () =>
  (v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0) / 1048576;

/**
 * Waits (at most 30 s) until the main thread's young generation is back under 4 MB. Loading the app's
 * modules through tsx grows it to 32 MB, and V8 gives that back only after some seconds of quiet
 * (its memory reducer): an export started at once counts those 32 MB in its peak for its first
 * seconds, which the app, open a while before anyone exports, does not carry.
 */
async function settled(): Promise<void> {
  const until = performance.now() + 30_000;
  while (youngMb() > 4 && performance.now() < until) await new Promise((r) => setTimeout(r, 250));
}

const KEY = process.env.GOLDEN_KEY ? Buffer.from(process.env.GOLDEN_KEY, 'hex') : Buffer.alloc(32, 7);

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(path.join(dir, e.name), base)
        : [path.relative(base, path.join(dir, e.name))],
    )
    .sort();
}

async function main() {
  const [mode, a, b] = process.argv.slice(2);
  // GOLDEN_WORKERS=0: the single-threaded export (no other connection), else by worker threads.
  const dbAccess = process.env.GOLDEN_WORKERS === '0' ? undefined : { key: KEY };
  if (mode === 'seed') {
    const file = b as string;
    const { db } = openDatabase(file, { key: KEY });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-seed-'));
    seedTreatments(db, Number(a), Number(a) * 10, await realSessionContent(dir));
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  const { db } = openDatabase(a as string, { key: KEY });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-export-'));
  const services = createServices(
    testContext(db, {
      dataDir: dir,
      dbAccess,
      now: () => new Date('2026-11-28T00:00:00Z'),
      log: (message, error) => console.error(message, error),
    }),
  );
  // As in the built app, where the worker's bundle exists before the export starts.
  if (dbAccess) prepareWorkerEntry('bulk-export-worker');
  for (let run = 0; run < Number(process.env.GOLDEN_RUNS ?? 1); run++) {
    if (process.env.GOLDEN_SETTLE === '1') await settled();
    global.gc?.();
    const startRss = process.memoryUsage().rss;
    let peak = startRss;
    const began = performance.now();
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    // GOLDEN_TRACE=1: the process's memory every second through the export, on stderr.
    const trace = process.env.GOLDEN_TRACE
      ? setInterval(() => {
          const m = process.memoryUsage();
          const f = (n: number) => (n / 1048576).toFixed(0).padStart(4);
          console.error(
            `${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s  rss ${f(m.rss)}  heap ${f(m.heapUsed)}/${f(m.heapTotal)}  external ${f(m.external)}  arrayBuffers ${f(m.arrayBuffers)}`,
          );
        }, 1000)
      : null;
    const start = performance.now();
    const cpu = process.cpuUsage();
    // GOLDEN_DOCUMENTS=1: with every record PDF (and the signed PDFs).
    const job = services.exports.startClinicExport(undefined, {
      documents: process.env.GOLDEN_DOCUMENTS === '1',
    });
    const done = await services.exports.settled(job.id);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - start;
    clearInterval(sampler);
    if (trace) clearInterval(trace);
    if (done.state !== 'done') throw new Error(`export ${done.state}: ${done.problem}`);
    const json = !!process.env.GOLDEN_JSON;
    for (const f of run || json ? [] : listFiles(done.folder)) {
      const sum = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(done.folder, f)))
        .digest('hex');
      console.log(`${sum}  ${f}`);
      if (process.env.GOLDEN_SIZES) console.error(f, fs.statSync(path.join(done.folder, f)).size);
    }
    // GOLDEN_KEEP=DIR: the first export is moved there to be looked at.
    if (process.env.GOLDEN_KEEP && !run) fs.renameSync(done.folder, process.env.GOLDEN_KEEP);
    else fs.rmSync(done.folder, { recursive: true, force: true });
    console.error(
      `export ${(ms / 1000).toFixed(2)} s, CPU ${((used.user + used.system) / 1e6).toFixed(2)} s, peak RSS ${(peak / 1048576).toFixed(0)} MB (start ${(startRss / 1048576).toFixed(0)} MB), files ${done.counts.files}, load ${os.loadavg()[0]?.toFixed(1)}`,
    );
    if (json) {
      const figures: GoldenRun = {
        ms,
        cpuMs: (used.user + used.system) / 1000,
        load: os.loadavg()[0] as number,
        peakRssMb: peak / 1048576,
        startRssMb: startRss / 1048576,
        files: done.counts.files ?? 0,
        resources: done.counts.fhirResources ?? 0,
      };
      console.error(JSON.stringify(figures));
    }
  }
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) {
  void main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
