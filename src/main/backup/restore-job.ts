import type { BackupInfo, RestoreStep } from '../../shared/backup/schema';
import type { ApiError } from '../../shared/result';
import { AppError } from '../errors';
import { checkBackup, stageBackup } from './restore-stage';

/** Keys cross to the worker as plain bytes (a Buffer arrives as a Uint8Array). */
type Keys = readonly Uint8Array[];

export type RestoreJob =
  | { task: 'preview'; file: string; keys: Keys; nativeBinding?: string }
  | {
      task: 'stage';
      backupFile: string;
      stagedFile: string;
      keys: Keys;
      nativeBinding?: string;
      intoSample: boolean;
    };

/** A refusal (AppError) crosses back whole, with its fields and details; anything else fails the job. */
export type RestoreOutcome = { ok: true; info: BackupInfo } | { ok: false; error: ApiError };

/** Runs one restore job in the restore worker; the worker's copy of the keys is wiped afterwards. */
export function runRestoreJob(job: RestoreJob, step: (step: RestoreStep) => void): RestoreOutcome {
  const keys = job.keys.map((k) => Buffer.from(k.buffer, k.byteOffset, k.byteLength));
  try {
    const info =
      job.task === 'preview'
        ? checkBackup(job.file, keys, job.nativeBinding).info
        : stageBackup({ ...job, keys }, step);
    return { ok: true, info };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    throw error;
  } finally {
    for (const key of keys) key.fill(0);
  }
}
