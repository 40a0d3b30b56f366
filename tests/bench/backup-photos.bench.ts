import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { createServices } from '../../src/main/api';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import type { Db } from '../../src/main/db/types';
import { backUpWithPhotos } from '../../src/main/photos/backup-photos';
import { photosFolder } from '../../src/main/photos/file-store';
import { copyMissing } from '../../src/main/photos/photo-copy';
import { prepareWorkerEntry } from '../../src/main/workers/spawn';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { testContext } from '../fixtures/test-db';
import { busyApp, recordLongestPause } from './backup.bench';
import { machineLoad, medianSpread } from './figures';
import { randomPatient, rng, seedPatients } from './seed';

const RUNS = Number(process.env.BENCH_PHOTO_BACKUP_RUNS ?? 3);
const PHOTOS = Number(process.env.BENCH_BACKUP_PHOTOS ?? 200);
const PHOTO_BYTES = 1024 * 1024;
const THUMB_BYTES = 32 * 1024;

/** A sealed photo file stands in as random bytes: the backup copies it as it is, named by its SHA-256. */
function writePhotoFile(folder: string, bytes: number): string {
  const data = crypto.randomBytes(bytes);
  const name = crypto.createHash('sha256').update(data).digest('hex');
  fs.writeFileSync(path.join(folder, name), data);
  return name;
}

/**
 * A backup with PHOTOS new photos (1 MB each, with a 32 KB thumbnail) since the last one, while the
 * main thread saves a patient every 20 ms: the longest event-loop pause, next to the same saves with
 * no backup (the floor), and next to how long the same photo copy holds a thread when run on it (as
 * the main thread did before the copy moved to the backup worker). The photo rows come from a
 * stand-in table of file names (the backup reads only those two columns), the database copy is the
 * real one.
 */
export async function benchBackupPhotos(dir: string, patients: number) {
  const key = crypto.randomBytes(32);
  const file = path.join(dir, 'backup-photos-bench.db');
  const { db } = openDatabase(file, { key });
  const services = createServices(testContext(db, { dataDir: dir }));
  seedPatients(db, services, patients);
  const rows = new Database(':memory:') as unknown as Db;
  rows.exec('CREATE TABLE photos (image_file TEXT NOT NULL, thumb_file TEXT NOT NULL)');
  const insert = rows.prepare('INSERT INTO photos (image_file, thumb_file) VALUES (?, ?)');
  const from = photosFolder(dir);
  fs.mkdirSync(from, { recursive: true });
  const random = rng(11);
  prepareWorkerEntry('backup-worker');
  const save = () => services.patients.create(patientFieldsSchema.parse(randomPatient(random)), true);

  const pauses: number[] = [];
  const floors: number[] = [];
  const backups: number[] = [];
  const onThread: number[] = [];
  const loads: number[] = [];
  /** Time the main thread's event loop was busy (not waiting): its own work, whatever the machine's load. */
  const busyMain: number[] = [];
  const busyMainFloor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    rows.exec('DELETE FROM photos');
    fs.rmSync(from, { recursive: true, force: true });
    fs.mkdirSync(from, { recursive: true });
    for (let i = 0; i < PHOTOS; i++)
      insert.run(writePhotoFile(from, PHOTO_BYTES), writePhotoFile(from, THUMB_BYTES));
    // A new folder per run: its store starts empty.
    const folder = path.join(dir, `photo-backups-${run}`);
    loads.push(os.loadavg()[0] as number);
    const busy = busyApp(save);
    const eluStart = performance.eventLoopUtilization();
    const start = performance.now();
    const info = await backUpWithPhotos(rows, dir, folder, () =>
      createBackup({ db, folder, kind: 'manual', key, now: new Date(), keyfile: null }),
    );
    const backupMs = performance.now() - start;
    busyMain.push(performance.eventLoopUtilization(eluStart).active);
    pauses.push(busy.stop());
    if (info.status !== 'verified') throw new Error(`backup not verified: ${info.problem}`);
    if (info.photos?.copied !== 2 * PHOTOS) throw new Error('not every photo was copied');
    backups.push(backupMs);
    const idle = busyApp(save);
    const idleEluStart = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, backupMs));
    busyMainFloor.push(performance.eventLoopUtilization(idleEluStart).active);
    floors.push(idle.stop());
    // The same photo copy held on this thread: what the window waited for before.
    const names = rows
      .prepare<[], { image_file: string; thumb_file: string }>('SELECT image_file, thumb_file FROM photos')
      .all()
      .flatMap((r) => [r.image_file, r.thumb_file]);
    const held = performance.now();
    copyMissing(names, from, path.join(dir, `on-thread-${run}`));
    onThread.push(performance.now() - held);
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.join(dir, `on-thread-${run}`), { recursive: true, force: true });
  }
  rows.close();
  db.close();

  const pause = medianSpread(pauses);
  const floor = medianSpread(floors);
  const held = medianSpread(onThread);
  const backup = medianSpread(backups);
  recordLongestPause(
    `longest main-thread event-loop pause during a backup with ${PHOTOS} new 1 MB photos (worst run)`,
    pauses,
    floors,
    'the same saves, no backup (worst run)',
  );
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const row = (measure: string, m: ReturnType<typeof medianSpread>) => ({
    measure,
    median: ms(m.median),
    spread: `${ms(m.min)} – ${ms(m.max)}`,
  });
  console.table([
    row('backup with photos (database copy + photo copy, worker thread)', backup),
    row('longest event-loop pause during it (saving a patient every 20 ms)', pause),
    row('floor: longest pause, same saves, no backup', floor),
    row('main thread busy during the backup (event-loop active time)', medianSpread(busyMain)),
    row('floor: main thread busy, same saves, no backup', medianSpread(busyMainFloor)),
    row('reference: the same photo copy run on one thread (the pause it caused on main before)', held),
  ]);
  const each = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  console.log(`Longest pause per run, ms: ${each(pauses)} (floor: ${each(floors)}).`);
  console.log(
    `${RUNS} runs, ${PHOTOS} photos of 1 MB + thumbnails new per run, ${patients} patients; load average at each run: ${loads.map((l) => l.toFixed(1)).join(', ')} on ${machineLoad().cpus} cores. Aim: longest pause under 50 ms (${pause.max < 50 ? 'met' : 'NOT met'}).`,
  );
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bench-backup-photos-'));
  benchBackupPhotos(dir, Number(process.env.BENCH_PATIENTS ?? 2_000))
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
