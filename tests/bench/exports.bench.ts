import crypto from 'node:crypto';
import fs from 'node:fs';
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
import { record } from './figures';
import { seedTreatments } from './treatments.bench';

interface ExportRun {
  ms: number;
  peakRssMb: number;
  startRssMb: number;
  files: number;
  resources: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

async function exportOnce(db: Db, dir: string, documents: boolean): Promise<ExportRun> {
  const services = createServices(
    testContext(db, { dataDir: dir, log: (message, error) => console.error(message, error) }),
  );
  global.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const job = services.exports.startClinicExport(undefined, { documents });
  const done = await services.exports.settled(job.id);
  const ms = performance.now() - start;
  clearInterval(sampler);
  if (done.state !== 'done') throw new Error(`export ${done.state}: ${done.problem}`);
  fs.rmSync(done.folder, { recursive: true, force: true });
  return {
    ms,
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
 * The whole-clinic export at two sizes (10 sessions per patient), data part alone and with every
 * record PDF, with peak memory: flat memory means the same peak at both sizes.
 */
export async function benchExports(dir: string, sizes: number[]) {
  const rows: Record<string, string>[] = [];
  for (const patients of sizes) {
    const file = path.join(dir, `exports-${patients}.db`);
    const { db } = openDatabase(file, { key: crypto.randomBytes(32) });
    const sessions = patients * 10;
    console.log(`Seeding ${patients} patients with ${sessions} sessions for the export ...`);
    seedTreatments(db, patients, sessions, await realSessionContent(dir));
    const floorMs = bareRead(db);
    const data = await exportOnce(db, dir, false);
    const withPdfs = await exportOnce(db, dir, true);
    db.close();
    fs.rmSync(file, { force: true });
    const label = `${patients} patients / ${sessions} sessions`;
    record({
      name: `whole-clinic export, data part (NDJSON + CSV + manifest), ${label}`,
      value: data.ms,
      unit: 'ms',
      runs: 1,
      floor: { name: 'bare SQL read of the same rows as JSON', value: floorMs, unit: 'ms' },
      target: patients === 10_000 ? '< 10 s' : undefined,
      met: patients === 10_000 ? data.ms < 10_000 : undefined,
    });
    record({
      name: `whole-clinic export with every record PDF, ${label}`,
      value: withPdfs.ms,
      unit: 'ms',
      runs: 1,
      floor: { name: 'data part alone', value: data.ms, unit: 'ms' },
      target: patients === 10_000 ? '< 60 s' : undefined,
      met: patients === 10_000 ? withPdfs.ms < 60_000 : undefined,
    });
    record({
      name: `whole-clinic export peak RSS (with PDFs), ${label}`,
      value: Math.max(data.peakRssMb, withPdfs.peakRssMb),
      unit: 'MB',
      runs: 1,
      floor: { name: 'RSS before the export', value: data.startRssMb, unit: 'MB' },
      target: '< 300 MB, not growing with patients',
      met: Math.max(data.peakRssMb, withPdfs.peakRssMb) < 300,
    });
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    rows.push(
      {
        export: `data part, ${label} (${data.resources} FHIR resources)`,
        time: s(data.ms),
        'peak RSS': `${data.peakRssMb.toFixed(0)} MB (start ${data.startRssMb.toFixed(0)} MB)`,
      },
      {
        export: `with record PDFs, ${label} (${withPdfs.files} files)`,
        time: s(withPdfs.ms),
        'peak RSS': `${withPdfs.peakRssMb.toFixed(0)} MB (start ${withPdfs.startRssMb.toFixed(0)} MB)`,
      },
      { export: 'floor: bare SQL read of the same rows', time: s(floorMs), 'peak RSS': '' },
    );
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
