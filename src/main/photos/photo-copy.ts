import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/backup/schema';
import { listBackups, pruneBackups, sidecarOf } from '../backup/store';
import { fsyncDir } from '../files/durable';
import { copyFileHashed } from '../files/hashed-copy';
import { ensurePrivateDir } from '../files/private';
import { writePrivateJson } from '../files/private-json';
import { isPhotoFileName, PHOTOS_FOLDER } from './file-store';

/**
 * The file work of photos in backups, kept apart from the database so that the backup worker can run
 * it (see copyPhotosJob): copying and hashing thousands of photos must not hold up the app's window.
 */

export interface PhotoCopyReport {
  referenced: number;
  copied: number;
  copiedBytes: number;
  /** Referenced files that could not be copied whole (missing or damaged at the source). */
  problems: string[];
}

/** Copies every file the database names from one photo folder into another that lacks it, verified. */
export function copyMissing(names: readonly string[], from: string, to: string): PhotoCopyReport {
  const report: PhotoCopyReport = { referenced: names.length, copied: 0, copiedBytes: 0, problems: [] };
  if (names.length === 0) return report;
  ensurePrivateDir(to);
  for (const name of new Set(names)) {
    if (!isPhotoFileName(name)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    const there = fs.statSync(target, { throwIfNoEntry: false });
    if (there) {
      const original = fs.statSync(source, { throwIfNoEntry: false });
      if (original && original.size !== there.size) report.problems.push(name);
      continue;
    }
    const partial = `${target}.partial`;
    try {
      // One pass: the bytes are hashed as they are written, and must be those the name is the hash of.
      const copy = copyFileHashed(source, partial);
      if (copy.sha256 !== name) throw new Error('damaged');
      fs.renameSync(partial, target);
      report.copied++;
      report.copiedBytes += copy.bytes;
    } catch {
      fs.rmSync(partial, { force: true });
      report.problems.push(name);
    }
  }
  if (report.copied > 0) fsyncDir(to);
  return report;
}

/** The photo store beside backups kept in this folder. */
export const backupPhotosFolder = (backupFolder: string) => path.join(backupFolder, PHOTOS_FOLDER);

/**
 * Beside each backup, the photo files its database names (`<backup>.photos.json`), so the shared
 * store can be pruned without opening any backup.
 */
export const photoManifestOf = (backupFile: string) => `${backupFile}.photos.json`;
export const PHOTO_MANIFEST_FORMAT = 'mesodesk.backup-photos/1';

function writePhotoManifest(backupFile: string, names: readonly string[]): void {
  const files = [...new Set(names)].filter(isPhotoFileName).sort();
  writePrivateJson(photoManifestOf(backupFile), { format: PHOTO_MANIFEST_FORMAT, files });
}

/**
 * A photo copy for the backup worker; with a manifest, the list is written once the copy is durable,
 * and the backup's summary is rewritten as damaged when a photo it names is missing (including those
 * an earlier copy for the same backup could not find).
 */
export interface PhotoCopyJob {
  task: 'copy-photos';
  names: string[];
  from: string;
  to: string;
  manifest?: { backupFile: string; names: string[]; info: BackupInfo; earlierProblems: string[] };
}

/** A verified backup some of whose photos could not be copied beside it. */
export const withPhotosMissing = (info: BackupInfo, problems: readonly string[]): BackupInfo =>
  problems.length === 0 || info.status !== 'verified'
    ? info
    : { ...info, status: 'damaged', problem: 'errors.backupPhotosMissing' };

export const isPhotoCopyJob = (job: unknown): job is PhotoCopyJob =>
  (job as { task?: unknown } | null)?.task === 'copy-photos';

/**
 * Runs in the backup worker, between backups in its queue: the copy (each file fsynced and checked,
 * then the store's folder) before the list that names it, so a list never names a file the store
 * does not durably hold.
 */
export function copyPhotosJob(job: PhotoCopyJob): PhotoCopyReport {
  const report = copyMissing(job.names, job.from, job.to);
  const { manifest } = job;
  if (manifest) {
    writePhotoManifest(manifest.backupFile, manifest.names);
    const recorded = withPhotosMissing(manifest.info, [...manifest.earlierProblems, ...report.problems]);
    if (recorded !== manifest.info) writePrivateJson(sidecarOf(manifest.backupFile), recorded);
  }
  return report;
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

/** Rotation for the backup worker, queued after the backup it follows. */
export interface BackupPruneJob {
  task: 'prune-backups';
  folder: string;
}

export const isBackupPruneJob = (job: unknown): job is BackupPruneJob =>
  (job as { task?: unknown } | null)?.task === 'prune-backups';

/** Old automatic backups go first, then the photos no backup left in the folder names. */
export function pruneBackupFolder(job: BackupPruneJob): PhotoPruneReport {
  pruneBackups(job.folder);
  return prunePhotoStore(job.folder);
}
