import crypto from 'node:crypto';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { openDatabase } from '../../src/main/db/open';
import { testContext } from '../fixtures/db';
import { seedPatients } from './seed';

/**
 * Whole-clinic export (time and peak memory). Treatment sessions are not on this branch yet; when their
 * mapper joins RECORD_MAPPERS this benchmark exports them too.
 */
export async function benchExports(
  dir: string,
  patients = Number(process.env.BENCH_EXPORT_PATIENTS ?? 10_000),
) {
  const key = crypto.randomBytes(32);
  const file = path.join(dir, 'exports.db');
  const { db } = openDatabase(file, { key });
  const services = createServices(testContext(db, { dataDir: dir }));
  console.log(`\nSeeding ${patients} patients for the export and backup benchmark ...`);
  seedPatients(db, services, patients);

  let peakRss = process.memoryUsage().rss;
  const startRss = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const exportStart = performance.now();
  const job = services.exports.startClinicExport();
  const done = await services.exports.settled(job.id);
  const exportMs = performance.now() - exportStart;
  clearInterval(sampler);

  db.close();

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.table([
    {
      task: `whole-clinic export (${done.done} patients, ${done.counts.files ?? 0} files)`,
      'time (s)': (exportMs / 1000).toFixed(1),
      'per patient (ms)': (exportMs / Math.max(1, done.done)).toFixed(1),
      'peak RSS': `${mb(peakRss)} (start ${mb(startRss)})`,
    },
  ]);
  console.log('Aim: export memory stays flat (one patient at a time).');
}
