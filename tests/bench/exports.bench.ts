import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { testApi, testContext } from '../fixtures/test-db';
import {
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';
import type { GoldenRun } from './export-golden';
import { medianSpread, record } from './figures';
import { seedTreatments } from './treatments.bench';

type ExportRun = GoldenRun;

const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * The export as the app runs it (by worker threads over their own connections), in a process of its
 * own (export-golden.ts): its peak memory is then that of one export, not of every run before it.
 */
function exportInOwnProcess(file: string, key: Buffer, documents: boolean): ExportRun {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(__dirname, 'export-golden.ts'), 'export', file],
    {
      env: {
        ...process.env,
        GOLDEN_KEY: key.toString('hex'),
        GOLDEN_JSON: '1',
        GOLDEN_DOCUMENTS: documents ? '1' : '',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = child.stderr.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`export failed: ${child.stderr}`);
  return JSON.parse(last) as ExportRun;
}

/** The single-threaded export, on the app's own connection. */
async function exportOnce(db: Db, dir: string, documents: boolean): Promise<ExportRun> {
  const services = createServices(
    testContext(db, {
      dataDir: dir,
      log: (message, error) => console.error(message, error),
    }),
  );
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const job = services.exports.startClinicExport(undefined, { documents });
  const done = await services.exports.settled(job.id);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  if (done.state !== 'done') throw new Error(`export ${done.state}: ${done.problem}`);
  fs.rmSync(done.folder, { recursive: true, force: true });
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    load: os.loadavg()[0] as number,
    peakRssMb: mb(peakRss),
    startRssMb: mb(startRss),
    files: done.counts.files ?? 0,
    resources: done.counts.fhirResources ?? 0,
  };
}

/**
 * What a real signed session stores, signed through the API in a throwaway database: the sessions
 * the bench seeds carry it, since the export reads sessions whole.
 */
export async function realSessionContent(dir: string): Promise<{ fieldsJson: string; contentJson: string }> {
  const file = path.join(dir, 'real-session.db');
  const { db } = openDatabase(file);
  try {
    const api = testApi(db);
    const { patient } = await readyPatient(api);
    const { product, lot } = await productWithLot(api);
    const course = await startCourse(api, patient.id);
    const draft = await createSession(api, course.id, sessionFields(product.id, lot.id));
    await signSession(api, draft);
    const row = db
      .prepare('SELECT fields_json AS fieldsJson, content_json AS contentJson FROM sessions WHERE id = ?')
      .get(draft.id) as { fieldsJson: string; contentJson: string };
    return row;
  } finally {
    db.close();
    fs.rmSync(file, { force: true });
  }
}

/** The floor: every row the export reads, read by bare SQL and turned into JSON lines, nothing written. */
function bareRead(db: Db): number {
  const tables = ['patients', 'courses', 'sessions', 'session_items', 'session_amendments', 'adverse_events'];
  const start = performance.now();
  let bytes = 0;
  for (const table of tables) {
    for (const row of db.prepare(`SELECT * FROM ${table}`).iterate()) bytes += JSON.stringify(row).length;
  }
  if (bytes === 0) throw new Error('nothing read');
  return performance.now() - start;
}

/**
 * The whole-clinic export at each size (10 sessions per patient): the data part BENCH_EXPORT_RUNS times
 * (default 3), each next to the bare SQL read of the same rows, then once with every record PDF
 * (BENCH_EXPORT_PDFS=0 leaves that out), with peak memory: flat memory means the same peak at every size.
 * The exports by worker threads (as in the app) each run in a process of their own, so that a peak is
 * that of one export, measured from the RSS the process had before it.
 */
export async function benchExports(dir: string, sizes: number[]) {
  const rows: Record<string, string>[] = [];
  const runs = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
  const withDocuments = process.env.BENCH_EXPORT_PDFS !== '0';
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  for (const patients of sizes) {
    const file = path.join(dir, `exports-${patients}.db`);
    const key = crypto.randomBytes(32);
    const { db } = openDatabase(file, { key });
    const sessions = patients * 10;
    console.log(`Seeding ${patients} patients with ${sessions} sessions for the export ...`);
    seedTreatments(db, patients, sessions, await realSessionContent(dir));
    const floors: number[] = [];
    const data: ExportRun[] = [];
    const single: ExportRun[] = [];
    // Interleaved: the floor, the single-threaded export (on the app's connection), the workers' export.
    for (let run = 0; run < runs; run++) {
      floors.push(bareRead(db));
      single.push(await exportOnce(db, dir, false));
      data.push(exportInOwnProcess(file, key, false));
    }
    // As in the app: the data and the documents by worker threads over their own connections.
    const withPdfs = withDocuments ? exportInOwnProcess(file, key, true) : null;
    db.close();
    fs.rmSync(file, { force: true });
    const label = `${patients} patients / ${sessions} sessions`;
    const time = medianSpread(data.map((d) => d.ms));
    const cpu = medianSpread(data.map((d) => d.cpuMs));
    const floor = medianSpread(floors);
    const peak = Math.max(...data.map((d) => d.peakRssMb));
    const startRss = Math.min(...data.map((d) => d.startRssMb));
    const loads = data.map((d) => d.load.toFixed(1)).join(', ');
    const singleTime = medianSpread(single.map((d) => d.ms));
    const singleCpu = medianSpread(single.map((d) => d.cpuMs));
    const singlePeak = Math.max(...single.map((d) => d.peakRssMb));
    record({
      name: `whole-clinic export, data part (NDJSON + CSV + manifest), ${label}`,
      value: time.median,
      unit: 'ms',
      runs,
      spread: { min: time.min, max: time.max },
      floor: { name: 'bare SQL read of the same rows as JSON (median)', value: floor.median, unit: 'ms' },
      target: patients === 10_000 ? '< 10 s' : undefined,
      met: patients === 10_000 ? time.median < 10_000 : undefined,
    });
    record({
      name: `whole-clinic export, data part on the main thread alone, ${label}`,
      value: singleTime.median,
      unit: 'ms',
      runs,
      spread: { min: singleTime.min, max: singleTime.max },
      floor: { name: 'bare SQL read of the same rows as JSON (median)', value: floor.median, unit: 'ms' },
    });
    record({
      name: `whole-clinic export, data part, CPU time, ${label}`,
      value: cpu.median,
      unit: 'ms',
      runs,
      spread: { min: cpu.min, max: cpu.max },
      floor: null,
    });
    record({
      name: `whole-clinic export peak RSS, data part, ${label}`,
      value: peak,
      unit: 'MB',
      runs,
      floor: { name: 'RSS before the export', value: startRss, unit: 'MB' },
      target: '< 300 MB, not growing with patients',
      met: peak < 300,
    });
    rows.push({
      export: `data part by worker threads, ${label} (${data[0]?.resources} FHIR resources)`,
      time: `${s(time.median)} (${s(time.min)}–${s(time.max)}, ${runs} runs; CPU ${s(cpu.median)})`,
      'peak RSS': `${peak.toFixed(0)} MB (start ${startRss.toFixed(0)} MB)`,
      load: loads,
    });
    rows.push({
      export: `same, single-threaded on the app's connection`,
      time: `${s(singleTime.median)} (${s(singleTime.min)}–${s(singleTime.max)}; CPU ${s(singleCpu.median)})`,
      'peak RSS': `${singlePeak.toFixed(0)} MB`,
      load: single.map((d) => d.load.toFixed(1)).join(', '),
    });
    rows.push({
      export: 'floor: bare SQL read of the same rows',
      time: `${s(floor.median)} (${s(floor.min)}–${s(floor.max)})`,
      'peak RSS': '',
      load: '',
    });
    if (withPdfs) {
      record({
        name: `whole-clinic export with every record PDF, ${label}`,
        value: withPdfs.ms,
        unit: 'ms',
        runs: 1,
        floor: { name: 'data part alone (median)', value: time.median, unit: 'ms' },
        target: patients === 10_000 ? '< 60 s' : undefined,
        met: patients === 10_000 ? withPdfs.ms < 60_000 : undefined,
      });
      record({
        name: `whole-clinic export peak RSS (with PDFs), ${label}`,
        value: withPdfs.peakRssMb,
        unit: 'MB',
        runs: 1,
        floor: { name: 'RSS before the export', value: withPdfs.startRssMb, unit: 'MB' },
        target: '< 300 MB, not growing with patients',
        met: withPdfs.peakRssMb < 300,
      });
      record({
        name: `whole-clinic export with every record PDF, CPU time, ${label}`,
        value: withPdfs.cpuMs,
        unit: 'ms',
        runs: 1,
        floor: null,
      });
      rows.push({
        export: `with record PDFs, ${label} (${withPdfs.files} files)`,
        time: `${s(withPdfs.ms)} (CPU ${s(withPdfs.cpuMs)})`,
        'peak RSS': `${withPdfs.peakRssMb.toFixed(0)} MB (start ${withPdfs.startRssMb.toFixed(0)} MB)`,
        load: withPdfs.load.toFixed(1),
      });
    }
    console.table(rows.slice(withPdfs ? -4 : -3));
  }
  console.table(rows);
  console.log(
    'Aims at 10,000 patients: data under 10 s, with PDFs under 60 s, peak RSS under 300 MB at every size.',
  );
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'mesodesk-bench-exports-'));
  benchExports(dir, (process.env.BENCH_EXPORT_SIZES ?? '1000,10000').split(',').map(Number))
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
