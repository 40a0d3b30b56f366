import fs from 'node:fs';
import type { BackupInfo, RestoreStep } from '../../shared/backup/schema';
import { AppError } from '../errors';
import { durableRename, fsyncFile, removeCompanions } from '../files/durable';
import { keyForWorker } from '../kernel/key-for-worker';
import { runKeptWorker } from '../workers/kept';
import type { RestoreJob, RestoreOutcome } from './restore-job';
import { readBackupList } from './store';

/**
 * A restore's checks and staging run in the restore worker (restore-stage.ts, with its own
 * connections): the integrity_check of the backup, its copy, its re-encryption and the check of the
 * copy read every page, seconds for a large clinic, and the window stays responsive meanwhile. What
 * replaces the live file (swapInto) stays here, on the thread that closes and reopens the database.
 */
async function inRestoreWorker(job: RestoreJob, onStep?: (step: RestoreStep) => void): Promise<BackupInfo> {
  const keys = job.keys.map(keyForWorker);
  let outcome: RestoreOutcome;
  try {
    outcome = await runKeptWorker<RestoreOutcome, RestoreStep>('restore-worker', { ...job, keys }, onStep);
  } finally {
    for (const key of keys) key.fill(0);
  }
  if (outcome.ok) return outcome.info;
  const { code, message, fields, details } = outcome.error;
  throw new AppError(code, message, fields, details);
}

/**
 * Checks a backup before anything is touched: it must open with one of the ring's keys, pass
 * integrity_check and not come from a newer version. The refusal says which, and changes nothing.
 */
export function previewBackup(file: string, keys: readonly Buffer[], nativeBinding?: string) {
  return inRestoreWorker({ task: 'preview', file, keys, nativeBinding });
}

/**
 * Copies a verified backup next to the database (`stagedFile`), re-encrypted with the current key in
 * the write format and checked whole again (see stageBackup); nothing else is touched. A failure,
 * the worker's own included, leaves no staged copy.
 */
export async function stageRestore(
  backupFile: string,
  stagedFile: string,
  keys: readonly Buffer[],
  nativeBinding: string | undefined,
  intoSample: boolean,
  onStep?: (step: RestoreStep) => void,
): Promise<BackupInfo> {
  try {
    return await inRestoreWorker(
      { task: 'stage', backupFile, stagedFile, keys, nativeBinding, intoSample },
      onStep,
    );
  } catch (error) {
    await fs.promises.rm(stagedFile, { force: true });
    removeCompanions(stagedFile);
    throw error;
  }
}

/**
 * The newest backup recorded as verified, for the offer to restore when the database is damaged: the
 * records are read with the thread pool's file calls, so a slow or large backup folder never holds
 * the app's thread.
 */
export async function newestVerifiedBackup(folder: string): Promise<BackupInfo | null> {
  return (await readBackupList(folder)).find((b) => b.status === 'verified') ?? null;
}

/**
 * Replaces the (closed) database file with the staged copy in one rename. The old file's WAL and
 * rollback journal must not be replayed onto the new one, so they go first: the old file was closed
 * cleanly, so they hold nothing that is not in it.
 */
export function swapInto(stagedFile: string, dbFile: string): void {
  fsyncFile(stagedFile);
  removeCompanions(dbFile);
  removeCompanions(stagedFile);
  durableRename(stagedFile, dbFile);
}
