import fs from 'node:fs';
import type { BackupInfo, RestoreStep } from '../../shared/backup/schema';
import { LATEST_SCHEMA_VERSION, rekeyFile, WRITE_FORMAT } from '../db/open';
import { AppError } from '../errors';
import { removeCompanions } from '../files/durable';
import { makePrivate } from '../files/private';
import { inspectBackup } from './inspect';
import { copyDatabasePart } from './key-trailer';
import { describeBackup, sameCounts } from './store';

/**
 * The heavy half of a restore, run by the restore worker (restore-worker.ts) with its own
 * connections: each step opens and reads the whole backup or its staged copy, which for a large clinic
 * takes seconds the app's thread must not spend.
 */

/**
 * Checks a backup before anything is touched: it must open with one of the ring's keys, pass
 * integrity_check and not come from a newer version. The refusal says which, and changes nothing.
 */
export function checkBackup(file: string, keys: readonly Buffer[], nativeBinding?: string) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('NOT_FOUND', 'errors.backupMissing');
  }
  const inspection = inspectBackup(file, keys, nativeBinding);
  const info: BackupInfo = describeBackup(file, inspection);
  if (!inspection.ok) throw new AppError('CONFLICT', info.problem ?? 'errors.backupDamaged', undefined, info);
  if (inspection.contents.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('CONFLICT', 'errors.backupTooNew', undefined, info);
  }
  return { info, keyIndex: inspection.keyIndex, format: inspection.format };
}

/** The sample clinic's backups go back only into the sample clinic, and a real clinic's never into it. */
function refuseAcrossSample(info: BackupInfo, intoSample: boolean): void {
  const fromSample = info.contents?.sample ?? false;
  if (fromSample === intoSample) return;
  throw new AppError('CONFLICT', fromSample ? 'sample.sampleBackupRefused' : 'sample.realBackupRefused');
}

export interface StageJob {
  backupFile: string;
  stagedFile: string;
  /** The ring's data keys, current first. */
  keys: readonly Buffer[];
  nativeBinding?: string;
  intoSample: boolean;
}

/**
 * Copies a verified backup next to the database, ready to be swapped in, encrypted with the current
 * key in the write format: a backup taken before a passphrase change opens only with an earlier ring
 * key, and one taken before the move to AEGIS is in the SQLCipher 4 format, so the staged copy is
 * re-keyed (SQLite3MultipleCiphers re-encrypts in rollback-journal mode only) and checked whole again
 * before anything is swapped. The backup itself is never changed.
 */
export function stageBackup(job: StageJob, step: (step: RestoreStep) => void): BackupInfo {
  const { backupFile, stagedFile, keys, nativeBinding } = job;
  step('checking');
  const { info, keyIndex, format } = checkBackup(backupFile, keys, nativeBinding);
  refuseAcrossSample(info, job.intoSample);
  const current = keys[0];
  if (!current) throw new AppError('LOCKED', 'errors.appLocked');
  fs.rmSync(stagedFile, { force: true });
  removeCompanions(stagedFile);
  try {
    step('copying');
    copyDatabasePart(backupFile, stagedFile);
    makePrivate(stagedFile);
    if (keyIndex > 0 || format !== WRITE_FORMAT) {
      step('converting');
      rekeyFile(stagedFile, keys[keyIndex] as Buffer, current, nativeBinding);
    }
    step('verifying');
    const check = inspectBackup(stagedFile, [current], nativeBinding);
    const whole = check.ok && sameCounts(check.contents.counts, info.contents?.counts ?? {});
    if (!whole || check.format !== WRITE_FORMAT) throw new AppError('CONFLICT', 'errors.backupDamaged');
    return info;
  } catch (error) {
    fs.rmSync(stagedFile, { force: true });
    removeCompanions(stagedFile);
    throw error;
  }
}
