import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/api';
import { stageRestore } from '../../src/main/backup/restore';
import { stageBackup } from '../../src/main/backup/restore-stage';
import { prepareWorkerEntry } from '../../src/main/workers/spawn';
import type { BackupInfo } from '../../src/shared/backup/schema';
import { testContext } from '../fixtures/test-db';
import { testVault, vaultValue } from '../fixtures/vault';
import { busyApp, recordLongestPause } from './backup.bench';
import { medianSpread } from './figures';
import { seedPatients } from './seed';

const RUNS = Number(process.env.BENCH_RESTORE_RUNS ?? 3);
const PASS = 'restore bench passphrase';
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
/** The app's thread with nothing of its own to do: only the 1 ms probe, so a pause is the restore's. */
const idleApp = () => busyApp(() => undefined);

/**
 * The longest event-loop pause on the app's thread during a restore, before and after its staging
 * moved to the restore worker: the staging (the backup's integrity_check, its copy, the copy's check)
 * run here on this thread as it used to be, then in the worker; then a whole restore through the
 * vault (staging, the safety backup, the swap and the reopen, whose quick_check is on this thread).
 */
export async function benchRestore(dir: string, patients: number) {
  const dataDir = path.join(dir, 'restore-clinic');
  const vault = testVault(dataDir);
  await vaultValue(vault, 'vault.setup', { passphrase: PASS, confirmation: PASS });
  const db = vault.database();
  if (!db) throw new Error('not unlocked');
  seedPatients(db, createServices(testContext(db, { dataDir })), patients);
  const backup = await vaultValue<BackupInfo>(vault, 'backups.create');
  prepareWorkerEntry('restore-worker');
  prepareWorkerEntry('backup-worker');
  const staged = path.join(dataDir, 'mesodesk.db.restoring');
  const job = { backupFile: backup.file, stagedFile: staged, keys: vault.keys(), intoSample: false };

  const onThread: number[] = [];
  const inWorker: number[] = [];
  const whole: number[] = [];
  const idle: number[] = [];
  const walls = { onThread: [] as number[], inWorker: [] as number[], whole: [] as number[] };
  const cpu = { onThread: [] as number[], inWorker: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    let probe = idleApp();
    let start = performance.now();
    let cpuStart = process.cpuUsage();
    stageBackup(job, () => undefined);
    // The pause cannot end before a timer tick after the synchronous staging: let it tick once.
    await new Promise((resolve) => setTimeout(resolve, 2));
    walls.onThread.push(performance.now() - start);
    cpu.onThread.push(cpuMs(process.cpuUsage(cpuStart)));
    onThread.push(probe.stop());
    fs.rmSync(staged);

    probe = idleApp();
    start = performance.now();
    cpuStart = process.cpuUsage();
    await stageRestore(job.backupFile, staged, job.keys, undefined, false);
    walls.inWorker.push(performance.now() - start);
    cpu.inWorker.push(cpuMs(process.cpuUsage(cpuStart)));
    inWorker.push(probe.stop());
    fs.rmSync(staged);

    probe = idleApp();
    start = performance.now();
    await vaultValue(vault, 'backups.restore', { file: backup.file });
    const wholeMs = performance.now() - start;
    walls.whole.push(wholeMs);
    whole.push(probe.stop());

    const quiet = idleApp();
    await new Promise((resolve) => setTimeout(resolve, wholeMs));
    idle.push(quiet.stop());
  }
  vault.close();

  recordLongestPause(
    `longest main-thread event-loop pause during a restore's staging in the restore worker, ${patients} patients (worst run)`,
    inWorker,
    idle,
    'the same, no restore (worst run)',
  );
  recordLongestPause(
    `longest main-thread event-loop pause during a whole restore (staging, safety backup, swap, reopen), ${patients} patients (worst run)`,
    whole,
    idle,
    'the same, no restore (worst run)',
  );
  const ms = (values: number[]) => {
    const m = medianSpread(values);
    return `${m.median.toFixed(1)} ms (${m.min.toFixed(1)} – ${m.max.toFixed(1)})`;
  };
  const mb = (fs.statSync(backup.file).size / 1024 / 1024).toFixed(1);
  console.table([
    { measure: `staging on the app's thread (before), ${mb} MB: longest pause`, median: ms(onThread) },
    { measure: '  wall / CPU of this thread', median: `${ms(walls.onThread)} / ${ms(cpu.onThread)}` },
    { measure: 'staging in the restore worker (now): longest pause', median: ms(inWorker) },
    { measure: '  wall / CPU of the process', median: `${ms(walls.inWorker)} / ${ms(cpu.inWorker)}` },
    { measure: 'whole restore through the vault (now): longest pause', median: ms(whole) },
    { measure: '  wall', median: ms(walls.whole) },
    { measure: 'floor: longest pause, nothing running', median: ms(idle) },
  ]);
  console.log(
    `${RUNS} runs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bench-restore-'));
  benchRestore(dir, Number(process.env.BENCH_PATIENTS ?? 10_000))
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
