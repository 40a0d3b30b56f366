import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from '../files/durable';
import { ensurePrivateDir, makePrivate } from '../files/private';
import { writePrivateJson } from '../files/private-json';
import { sha256Hex } from '../kernel/sha256';
import { isPhotoFileName } from './file-store';

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
    if (fs.existsSync(target)) {
      if (fs.existsSync(source) && fs.statSync(source).size !== fs.statSync(target).size) {
        report.problems.push(name);
      }
      continue;
    }
    const partial = `${target}.partial`;
    try {
      fs.copyFileSync(source, partial);
      makePrivate(partial);
      fsyncFile(partial);
      if (sha256Hex(fs.readFileSync(partial)) !== name) throw new Error('damaged');
      fs.renameSync(partial, target);
      report.copied++;
      report.copiedBytes += fs.statSync(target).size;
    } catch {
      fs.rmSync(partial, { force: true });
      report.problems.push(name);
    }
  }
  if (report.copied > 0) fsyncDir(to);
  return report;
}

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

/** A photo copy for the backup worker; with a manifest, the list is written once the copy is durable. */
export interface PhotoCopyJob {
  task: 'copy-photos';
  names: string[];
  from: string;
  to: string;
  manifest?: { backupFile: string; names: string[] };
}

export const isPhotoCopyJob = (job: unknown): job is PhotoCopyJob =>
  (job as { task?: unknown } | null)?.task === 'copy-photos';

/**
 * Runs in the backup worker, between backups in its queue: the copy (each file fsynced and checked,
 * then the store's folder) before the list that names it, so a list never names a file the store
 * does not durably hold.
 */
export function copyPhotosJob(job: PhotoCopyJob): PhotoCopyReport {
  const report = copyMissing(job.names, job.from, job.to);
  if (job.manifest) writePhotoManifest(job.manifest.backupFile, job.manifest.names);
  return report;
}
