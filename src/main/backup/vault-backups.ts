import fs from 'node:fs';
import path from 'node:path';
import type { backupContract } from '../../shared/backup/contract';
import type { BackupInfo, BackupProgress } from '../../shared/backup/schema';
import { currentAnchor } from '../audit/anchor';
import { writeRestoreAnchor } from '../audit/anchor-files';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { SQLITE_COMPANIONS } from '../files/durable';
import { ensurePrivateDir, makeDatabasePrivate, makePrivate } from '../files/private';
import { backUpWithPhotos, pruneInWorker, restorePhotos } from '../photos/backup-photos';
import type { VaultHandlers } from '../route';
import { createSettingsService } from '../settings/service';
import type { Keyfile } from '../vault/keyfile';
import { testBackupFolder } from './folder-test';
import { previewBackup, stageRestore, swapInto } from './restore';
import { backupName, backupsFolder, createBackup, hasAutomaticBackupOn, readBackupList } from './store';

/** What the backup handlers need from the clinic vault, and nothing more. */
export interface BackupHost {
  dataDir: string;
  dbFile: string;
  nativeBinding?: string;
  /** The folder is the sample clinic's. */
  sample: boolean;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  /** The open database and its audit log; null while locked. */
  open(): { db: Db; audit: AuditLog } | null;
  /** The ring's data keys, newest first. */
  keys(): Buffer[];
  /** The key file as it is now: every backup carries it. */
  keyfile(): Keyfile | null;
  /** Closes the database without dropping the vault's keys. */
  close(): void;
  /** Opens the database file again with the current keys (verified: its integrity_check just passed). */
  reopen(verified?: boolean): void;
}

/**
 * Backups and restore, as handlers the vault serves: they need the keys and must close and reopen
 * the database, which the service table cannot do. Every backup and restore writes an audit entry.
 */
export function createBackupHandlers(host: BackupHost) {
  const folder = backupsFolder(host.dataDir);

  function mustOpen() {
    const open = host.open();
    if (!open) throw new AppError('LOCKED', 'errors.appLocked');
    return open;
  }

  /** The backup being taken (one at a time: the vault queues them), for the progress shown while it runs. */
  let progress: BackupProgress = { phase: 'idle' };

  async function backUp(kind: BackupInfo['kind'], into = folder): Promise<BackupInfo> {
    const { db, audit } = mustOpen();
    const key = host.keys()[0] as Buffer;
    const now = host.now();
    // The entry goes in before the copy, so the backup carries its own record.
    db.transaction(() => audit.append('backup', 'backup', backupName(kind, now)))();
    progress = { phase: 'copying', doneBytes: 0, totalBytes: 0 };
    let info: BackupInfo;
    try {
      info = await backUpWithPhotos(db, host.dataDir, into, () =>
        createBackup({
          db,
          folder: into,
          kind,
          key,
          now,
          nativeBinding: host.nativeBinding,
          keyfile: host.keyfile(),
          onProgress: (next) => {
            progress = next;
          },
        }),
      );
    } finally {
      progress = { phase: 'idle' };
    }
    if (kind === 'daily' || kind === 'quit') await pruneInWorker(folder);
    return info;
  }

  /** The second backup folder chosen in the first-start setup (an external drive), if any. */
  function secondFolder(): string | null {
    const open = host.open();
    const chosen = open ? createSettingsService({ db: open.db, now: host.now }).get().secondBackupFolder : '';
    return chosen ? path.resolve(chosen) : null;
  }

  /** Automatic backups never stop the app: a failure is logged and the next one tries again. */
  async function automatic(kind: 'daily' | 'quit'): Promise<BackupInfo | null> {
    let info: BackupInfo | null = null;
    try {
      if (!host.open()) return null;
      if (kind === 'daily' && (await hasAutomaticBackupOn(folder, host.now().toISOString().slice(0, 10))))
        return null;
      info = await backUp(kind);
    } catch (error) {
      host.log(`[backup] ${kind} backup failed`, error);
      return null;
    }
    // The same backup on the second drive; an unplugged drive is logged, and tried again next time.
    const second = secondFolder();
    if (second) {
      try {
        await backUp(kind, second);
        await pruneInWorker(second);
      } catch (error) {
        host.log(`[backup] ${kind} backup to the second folder failed`, error);
      }
    }
    return info;
  }

  /** Safety copy, swap, reopen; if the restored file does not open, the safety copy goes back. */
  async function restore(file: string): Promise<BackupInfo> {
    mustOpen();
    const resolved = path.resolve(file);
    const staged = `${host.dbFile}.restoring`;
    let info: BackupInfo;
    try {
      info = await stageRestore(resolved, staged, host.keys(), host.nativeBinding, host.sample, (step) => {
        progress = { phase: 'restoring', step };
      });
    } finally {
      progress = { phase: 'idle' };
    }
    let safety: BackupInfo;
    try {
      safety = await backUp('pre-restore');
      if (safety.status !== 'verified') throw new AppError('CONFLICT', 'errors.safetyCopyFailed');
    } catch (error) {
      fs.rmSync(staged, { force: true });
      throw error;
    }
    host.close();
    try {
      swapInto(staged, host.dbFile);
      // The staged copy passed integrity_check in the restore worker just before the swap.
      host.reopen(true);
    } catch (error) {
      host.log('[backup] the restored copy did not open; putting the safety copy back', error);
      fs.copyFileSync(safety.file, staged);
      makePrivate(staged);
      swapInto(staged, host.dbFile);
      host.reopen();
      throw new AppError('CONFLICT', 'errors.restoreFailed');
    }
    const { db, audit } = mustOpen();
    const photos = await restorePhotos(db, resolved, host.dataDir);
    if (photos.problems.length)
      host.log('[backup] photos missing beside the restored backup', photos.problems);
    db.transaction(() => audit.append('restore-backup', 'backup', info.name))();
    anchorRestoredTrail(host.dataDir, db, host.now());
    return info;
  }

  return {
    handlers: {
      'backups.list': async () => {
        mustOpen();
        return { folder, items: await readBackupList(folder) };
      },
      'backups.create': async (input) => {
        const into = input.folder ? path.resolve(input.folder) : folder;
        if (input.folder && !(await fs.promises.stat(into).catch(() => null)))
          throw new AppError('NOT_FOUND', 'errors.folderMissing', { folder: 'errors.folderMissing' });
        return await backUp('manual', into);
      },
      'backups.testFolder': async (input) => await testBackupFolder(input.folder),
      'backups.progress': async () => progress,
      'backups.preview': async (input) => {
        mustOpen();
        return await previewBackup(path.resolve(input.file), host.keys(), host.nativeBinding);
      },
      'backups.restore': async (input) => await restore(input.file),
    } satisfies VaultHandlers<keyof typeof backupContract>,
    automatic,
    /** A backup of the database as it is, before it is converted to the current encryption format. */
    backUpBeforeConversion: () => backUp('pre-conversion'),
    folder,
  };
}

/**
 * The restored trail replaces the one the newer anchors describe: a restore anchor, taken after the
 * restore is recorded, tells the audit check that those anchors belong to the abandoned history.
 */
export function anchorRestoredTrail(dataDir: string, db: Db, at: Date): void {
  writeRestoreAnchor(dataDir, currentAnchor(db, at));
}

/**
 * Keeps a damaged database aside (as found, WAL included) before a backup replaces it, so nothing the
 * clinic had is ever deleted by the app. Copied with the file system's own calls off the app's thread
 * (a large clinic takes a second or more); the vault's calls run one at a time, so nothing writes the
 * file meanwhile.
 */
export async function setAsideDamaged(dbFile: string, folder: string, now: Date): Promise<string> {
  ensurePrivateDir(folder);
  const target = path.join(folder, `mesodesk-damaged-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  for (const suffix of ['', ...SQLITE_COMPANIONS]) {
    try {
      await fs.promises.copyFile(`${dbFile}${suffix}`, `${target}${suffix}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  makeDatabasePrivate(target);
  return target;
}
