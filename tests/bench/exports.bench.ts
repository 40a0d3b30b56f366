import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import { testContext } from '../fixtures/db';
import { seedPatients } from './seed';

/**
 * Whole-clinic export (time and peak memory) and a verified, encrypted backup of the same database,
 * next to a plain file copy as the floor. Treatment sessions are not on this branch yet; when their
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

  db.pragma('wal_checkpoint(TRUNCATE)');
  const copyStart = performance.now();
  fs.copyFileSync(file, path.join(dir, 'plain-copy.db'));
  const copyMs = performance.now() - copyStart;
  const backupStart = performance.now();
  const backup = createBackup({
    db,
    folder: path.join(dir, 'backups'),
    kind: 'manual',
    key,
    now: new Date(),
    keyfile: null,
  });
  const backupMs = performance.now() - backupStart;
  db.close();

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.table([
    {
      task: `whole-clinic export (${done.done} patients, ${done.counts.files ?? 0} files)`,
      'time (s)': (exportMs / 1000).toFixed(1),
      'per patient (ms)': (exportMs / Math.max(1, done.done)).toFixed(1),
      'peak RSS': `${mb(peakRss)} (start ${mb(startRss)})`,
    },
    {
      task: `backup: VACUUM INTO + integrity_check + counts (${mb(backup.sizeBytes)}, ${backup.status})`,
      'time (s)': (backupMs / 1000).toFixed(2),
      'per patient (ms)': '',
      'peak RSS': '',
    },
    {
      task: 'floor: plain copy of the database file',
      'time (s)': (copyMs / 1000).toFixed(2),
      'per patient (ms)': '',
      'peak RSS': '',
    },
  ]);
  console.log(
    'Aim: export memory stays flat (one patient at a time); backup within a small multiple of a file copy.',
  );
}
