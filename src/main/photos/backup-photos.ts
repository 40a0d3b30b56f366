import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/backup/schema';
import { listBackups } from '../backup/store';
import type { Db } from '../db/types';
import { fsyncDir } from '../files/durable';
import { writePrivateJson } from '../files/private-json';
import { runKeptWorker } from '../workers/kept';
import { isPhotoFileName, PHOTOS_FOLDER, photosFolder } from './file-store';
import {
  copyMissing,
  PHOTO_MANIFEST_FORMAT,
  type PhotoCopyJob,
  type PhotoCopyReport,
  photoManifestOf,
} from './photo-copy';

export { type PhotoCopyReport, photoManifestOf } from './photo-copy';

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

/** The photo store beside backups kept in this folder. */
export const backupPhotosFolder = (backupFolder: string) => path.join(backupFolder, PHOTOS_FOLDER);

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
  // the list is written by the same job, once the copy is durable.
  const after = await copyInWorker({
    names: namedAfter,
    from,
    to,
    manifest: { backupFile: info.file, names: [...namedBefore, ...namedAfter] },
  });
  const photos: PhotoCopyReport = {
    referenced: after.referenced,
    copied: before.copied + after.copied,
    copiedBytes: before.copiedBytes + after.copiedBytes,
    problems: [...new Set([...before.problems, ...after.problems])],
  };
  if (photos.problems.length === 0 || info.status !== 'verified') return { ...info, photos };
  const damaged: BackupInfo = { ...info, status: 'damaged', problem: 'errors.backupPhotosMissing' };
  writePrivateJson(`${info.file}.json`, damaged);
  return { ...damaged, photos };
}

/**
 * After a restore: the photos the restored database names come back from the store beside the backup
 * file (a file already in the data folder is kept). Returns what could not be found there.
 */
export function restorePhotos(db: Db, backupFile: string, dataDir: string): PhotoCopyReport {
  return copyMissing(
    referencedFiles(db),
    backupPhotosFolder(path.dirname(backupFile)),
    photosFolder(dataDir),
  );
}

function readPhotoManifest(backupFile: string): string[] | null {
  try {
    const value = JSON.parse(fs.readFileSync(photoManifestOf(backupFile), 'utf8')) as {
      format?: unknown;
      files?: unknown;
    };
    if (value.format !== PHOTO_MANIFEST_FORMAT || !Array.isArray(value.files)) return null;
    return value.files.filter((f): f is string => typeof f === 'string');
  } catch {
    return null;
  }
}

export interface PhotoPruneReport {
  /** Store files some backup in the folder still names. */
  kept: number;
  removed: string[];
  /** Backups without a readable photo list (taken before lists were written): nothing is removed. */
  blockedBy: string[];
}

/**
 * Removes from a backup folder's photo store the files no backup kept in that folder names: run after
 * old backups are rotated away. Safe by construction:
 * - what to keep is the union of the lists of every backup present (a set-aside damaged database
 *   excepted: it never took its photos from the store); a backup without a list stops the pruning;
 * - a list is written once its backup is in place, and pruning runs after the backup that wrote it, in
 *   the same queue, so no backup is ever half-written while the store is pruned;
 * - each removal is one unlink of a file nothing needs: a crash or a kill part-way leaves files that
 *   the next pruning removes, never a backup missing a photo.
 * Lists left by a backup that was removed go first, and `.partial` copies a crash left behind go too.
 */
export function prunePhotoStore(backupFolder: string): PhotoPruneReport {
  const store = backupPhotosFolder(backupFolder);
  const report: PhotoPruneReport = { kept: 0, removed: [], blockedBy: [] };
  if (!fs.existsSync(store)) return report;
  const backups = listBackups(backupFolder);
  const present = new Set(backups.map((b) => photoManifestOf(b.file)));
  for (const name of fs.readdirSync(backupFolder)) {
    const file = path.join(backupFolder, name);
    if (name.endsWith('.photos.json') && !present.has(file)) fs.rmSync(file, { force: true });
  }
  const keep = new Set<string>();
  for (const b of backups) {
    if (b.kind === 'damaged') continue;
    const files = readPhotoManifest(b.file);
    if (files === null) report.blockedBy.push(b.name);
    else for (const f of files) keep.add(f);
  }
  if (report.blockedBy.length > 0) return report;
  for (const name of fs.readdirSync(store)) {
    if (keep.has(name)) {
      report.kept++;
      continue;
    }
    if (!isPhotoFileName(name) && !name.endsWith('.partial')) continue;
    fs.rmSync(path.join(store, name), { force: true });
    report.removed.push(name);
  }
  if (report.removed.length > 0) fsyncDir(store);
  return report;
}
