import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupInfo } from '../../shared/backup/schema';
import { applyKey, LATEST_SCHEMA_VERSION } from '../db/open';
import { AppError } from '../errors';
import { makePrivate } from '../files/private';
import { inspectBackup } from './inspect';
import { describeBackup } from './store';

/**
 * Checks a backup before anything is touched: it must open with one of the ring's keys, pass
 * integrity_check and not come from a newer version. The refusal says which, and changes nothing.
 */
export function previewBackup(file: string, keys: readonly Buffer[], nativeBinding?: string) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('NOT_FOUND', 'errors.backupMissing');
  }
  const inspection = inspectBackup(file, keys, nativeBinding);
  const info: BackupInfo = describeBackup(file, inspection);
  if (!inspection.ok) throw new AppError('CONFLICT', info.problem ?? 'errors.backupDamaged', undefined, info);
  if (inspection.contents.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('CONFLICT', 'errors.backupTooNew', undefined, info);
  }
  return { info, keyIndex: inspection.keyIndex };
}

/**
 * Copies a verified backup next to the database, ready to be swapped in, encrypted with the current
 * key: a backup taken before a passphrase change opens only with an earlier ring key, so the staged
 * copy is re-keyed (SQLite3MultipleCiphers re-encrypts in rollback-journal mode only).
 */
export function stageRestore(
  backupFile: string,
  stagedFile: string,
  keys: readonly Buffer[],
  nativeBinding?: string,
): BackupInfo {
  const { info, keyIndex } = previewBackup(backupFile, keys, nativeBinding);
  const current = keys[0];
  if (!current) throw new AppError('LOCKED', 'errors.appLocked');
  fs.rmSync(stagedFile, { force: true });
  fs.copyFileSync(backupFile, stagedFile);
  makePrivate(stagedFile);
  try {
    if (keyIndex > 0) {
      const db = new Database(stagedFile, nativeBinding ? { nativeBinding } : {});
      try {
        applyKey(db, keys[keyIndex] as Buffer);
        db.pragma('journal_mode = DELETE');
        db.pragma(`rekey = "x'${current.toString('hex')}'"`);
      } finally {
        db.close();
      }
    }
    const check = inspectBackup(stagedFile, [current], nativeBinding);
    if (!check.ok) throw new AppError('CONFLICT', 'errors.backupDamaged');
    return info;
  } catch (error) {
    fs.rmSync(stagedFile, { force: true });
    throw error;
  }
}

/** Replaces the (closed) database file with the staged copy; its old WAL must not be replayed on top. */
export function swapInto(stagedFile: string, dbFile: string): void {
  fs.rmSync(`${dbFile}-wal`, { force: true });
  fs.rmSync(`${dbFile}-shm`, { force: true });
  fs.renameSync(stagedFile, dbFile);
}
