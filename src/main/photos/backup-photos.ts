import path from 'node:path';
import type { BackupInfo } from '../../shared/backup/schema';
import type { Db } from '../db/types';
import { runKeptWorker } from '../workers/kept';
import { photosFolder } from './file-store';
import {
  type BackupPruneJob,
  backupPhotosFolder,
  type PhotoCopyJob,
  type PhotoCopyReport,
  type PhotoPruneReport,
  withPhotosMissing,
} from './photo-copy';

export {
  backupPhotosFolder,
  type PhotoCopyReport,
  type PhotoPruneReport,
  photoManifestOf,
  prunePhotoStore,
} from './photo-copy';

/**
 * Photos in backups. The encrypted photo files are already sealed (AES-256-GCM under the photo key that
 * the database carries), so a backup copies them as they are into a `photos` folder beside the backup
 * files. Files are named by the SHA-256 of their bytes and never change, so every backup in a folder
 * shares that one store and a backup copies only the files the store lacks: a second backup with
 * nothing new copies no photo at all. Each copied file is hashed after the copy; one already there is
 * checked by its size.
 */

const referencedFiles = (db: Db): string[] =>
  db
    .prepare<[], { image_file: string; thumb_file: string }>('SELECT image_file, thumb_file FROM photos')
    .all()
    .flatMap((r) => [r.image_file, r.thumb_file]);

/** The copy in the backup worker (queued with the backups themselves), so the window stays free. */
const copyInWorker = (job: Omit<PhotoCopyJob, 'task'>) =>
  runKeptWorker<PhotoCopyReport, never>('backup-worker', {
    task: 'copy-photos',
    ...job,
  } satisfies PhotoCopyJob);

/**
 * After an automatic backup, the rotation of old backups and the pruning of the photo store, in the
 * backup worker too: queued after the backup whose list it must see (see prunePhotoStore).
 */
export const pruneInWorker = (folder: string) =>
  runKeptWorker<PhotoPruneReport, never>('backup-worker', {
    task: 'prune-backups',
    folder,
  } satisfies BackupPruneJob);

/**
 * Takes a backup with its photos: the files the database names are copied before the database copy
 * and again after it (only what appeared in between), so the store holds every photo the copy names
 * even if a photo is imported or a patient erased meanwhile. A backup whose photos could not all be
 * copied is recorded as damaged, with the reason.
 */
export async function backUpWithPhotos(
  db: Db,
  dataDir: string,
  backupFolder: string,
  createBackup: () => Promise<BackupInfo>,
): Promise<BackupInfo & { photos?: PhotoCopyReport }> {
  const from = photosFolder(dataDir);
  const to = backupPhotosFolder(backupFolder);
  const namedBefore = referencedFiles(db);
  const before = await copyInWorker({ names: namedBefore, from, to });
  const info = await createBackup();
  const namedAfter = referencedFiles(db);
  // Every name the copy can hold: the rows before it and after it (a row erased in between was in one);
  // the list is written by the same job, once the copy is durable, and the summary rewritten if a
  // photo is missing.
  const checkedBefore = new Set(namedBefore);
  const after = await copyInWorker({
    // Those the first copy saw are in the store already, or among its problems.
    names: namedAfter.filter((name) => !checkedBefore.has(name)),
    from,
    to,
    manifest: {
      backupFile: info.file,
      names: [...namedBefore, ...namedAfter],
      info,
      earlierProblems: before.problems,
    },
  });
  const photos: PhotoCopyReport = {
    referenced: namedAfter.length,
    copied: before.copied + after.copied,
    copiedBytes: before.copiedBytes + after.copiedBytes,
    problems: [...new Set([...before.problems, ...after.problems])],
  };
  return { ...withPhotosMissing(info, photos.problems), photos };
}

/**
 * After a restore: the photos the restored database names come back from the store beside the backup
 * file (a file already in the data folder is kept), copied in the backup worker. Returns what could not
 * be found there.
 */
export function restorePhotos(db: Db, backupFile: string, dataDir: string): Promise<PhotoCopyReport> {
  return copyInWorker({
    names: referencedFiles(db),
    from: backupPhotosFolder(path.dirname(backupFile)),
    to: photosFolder(dataDir),
  });
}
