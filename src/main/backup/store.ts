import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_KINDS,
  type BackupInfo,
  type BackupKind,
  type BackupProgress,
} from '../../shared/backup/schema';
import type { Db } from '../db/types';
import { AppError, storageFailure } from '../errors';
import { durableRename, removeCompanions } from '../files/durable';
import { createPrivateEmptyFile, ensurePrivateDir, makePrivate } from '../files/private';
import { writePrivateJson } from '../files/private-json';
import { keyForWorker } from '../kernel/key-for-worker';
import type { Keyfile } from '../vault/keyfile';
import { runKeptWorker } from '../workers/kept';
import type { Inspection } from './inspect';
import { backupsToPrune } from './rotation';
import type { SnapshotJob, SnapshotResult } from './snapshot';

export const BACKUPS_FOLDER = 'backups';
export const backupsFolder = (dataDir: string): string => path.join(dataDir, BACKUPS_FOLDER);

const NAME = new RegExp(
  `^mesodesk-(${BACKUP_KINDS.join('|')})-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)\\.db$`,
);
/** Automatic backups are rotated; manual ones and safety copies are kept until the user removes them. */
const ROTATED: readonly BackupKind[] = ['daily', 'quit'];

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
const isoOf = (stamp: string) => stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
/** Where a backup's summary is kept: written when it is verified, read by the list. */
export const sidecarOf = (file: string) => `${file}.json`;

/** The file name of a backup of this kind taken at this time. */
export const backupName = (kind: BackupKind, at: Date): string => `mesodesk-${kind}-${stampOf(at)}.db`;

export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  return { kind: match[1] as BackupKind, createdAt: isoOf(match[2] as string) };
}

/** What an inspection says about a file (listed under `storedAs` once renamed), as the row shown in Settings. */
export function describeBackup(
  file: string,
  inspection: Inspection,
  fallbackKind: BackupKind = 'manual',
  /** The name the file will have once it is in place (a copy is described before its rename). */
  storedAs: string = file,
): BackupInfo {
  const name = path.basename(storedAs);
  const parsed = parseBackupName(name);
  const stat = fs.statSync(file);
  return {
    file: storedAs,
    name,
    kind: parsed?.kind ?? fallbackKind,
    createdAt: parsed?.createdAt ?? stat.mtime.toISOString(),
    sizeBytes: stat.size,
    status: inspection.ok ? 'verified' : 'damaged',
    contents: inspection.ok ? inspection.contents : null,
    problem: inspection.ok
      ? null
      : inspection.problem === 'wrong-key'
        ? 'errors.backupForeign'
        : inspection.problem === 'not-a-backup'
          ? 'errors.notABackup'
          : 'errors.backupDamaged',
  };
}

export interface BackupOptions {
  /** The open database: the copy is taken from its file by a worker with its own connections. */
  db: Db;
  folder: string;
  kind: BackupKind;
  /** The data key the copy is encrypted with (the database's current key). */
  key: Buffer;
  now: Date;
  nativeBinding?: string;
  /** The wrapped key ring (never a bare key) the backup carries, so that it alone can be restored. */
  keyfile: Keyfile | null;
  onProgress?: (progress: BackupProgress) => void;
}

/** Clears what an earlier attempt left and creates the copy's file, private; run by the backup worker. */
export function preparePartial(job: Pick<SnapshotJob, 'partial' | 'target'>): void {
  ensurePrivateDir(path.dirname(job.target));
  removePartial(job.partial);
  createPrivateEmptyFile(job.partial);
}

const removePartial = (partial: string) => {
  fs.rmSync(partial, { force: true });
  removeCompanions(partial);
};

/**
 * Writes an encrypted, consistent copy of the open database and verifies it, in a worker thread (see
 * takeSnapshot): the copy opens with the key, every page of it authenticates and it has the same row
 * counts as the live database had at the moment of the copy. A sidecar file keeps the result so the list in
 * Settings does not reopen every backup.
 */
export async function createBackup(options: BackupOptions): Promise<BackupInfo> {
  const { db, folder, kind, key, now } = options;
  const target = path.join(folder, backupName(kind, now));
  const partial = `${target}.partial`;
  const jobKey = keyForWorker(key);
  try {
    // The folder and the copy's file are made by the worker (see preparePartial), off the app's thread.
    const job: SnapshotJob = {
      dbFile: db.name,
      partial,
      target,
      kind,
      key: jobKey,
      keyfile: options.keyfile,
      nativeBinding: options.nativeBinding,
      at: now.toISOString(),
    };
    return await runKeptWorker<BackupInfo, BackupProgress>('backup-worker', job, options.onProgress);
  } catch (error) {
    removePartial(partial);
    if (!fs.existsSync(target)) fs.rmSync(sidecarOf(target), { force: true });
    if (error instanceof AppError) throw error;
    throw (
      storageFailure(error) ??
      new AppError('CONFLICT', 'errors.backupWriteFailed', undefined, {
        detail: error instanceof Error ? error.message : String(error),
      })
    );
  } finally {
    jobKey.fill(0);
  }
}

/**
 * Records a copy just checked and puts it under its name; called by the backup worker, so that
 * neither flush to the disk ever holds up the app's thread. The record first, then the backup under
 * its name: a crash between the two leaves a sidecar without its backup (swept at start-up), never a
 * backup that looks unverified.
 */
export function placeBackup(job: SnapshotJob, result: SnapshotResult): BackupInfo {
  const { inspection, liveCounts, anchor } = result;
  makePrivate(job.partial);
  let info: BackupInfo = {
    ...describeBackup(job.partial, inspection, job.kind, job.target),
    auditAnchor: anchor,
  };
  if (inspection.ok && !sameCounts(inspection.contents.counts, liveCounts)) {
    info = { ...info, status: 'damaged', problem: 'errors.backupCountsDiffer' };
  }
  writePrivateJson(sidecarOf(job.target), info);
  durableRename(job.partial, job.target);
  return info;
}

export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The backups in a folder, newest first, as recorded when each was verified (for the backup worker). */
export function listBackups(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  const items: BackupInfo[] = [];
  for (const name of fs.readdirSync(folder)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(folder, name);
    items.push(listedBackup(file, parsed, fs.statSync(file).size, readSidecar(file)));
  }
  return newestFirst(items);
}

/**
 * The same list read with the thread pool's file calls: the app's thread only parses the small
 * records, however slow the drive, and the list answers at once even while a backup is being taken
 * (the backup worker's queue would make it wait for the end of that backup).
 */
export async function readBackupList(folder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const items = await Promise.all(
    names.map(async (name) => {
      const parsed = parseBackupName(name);
      if (!parsed) return null;
      const file = path.join(folder, name);
      const [stat, sidecar] = await Promise.all([
        fs.promises.stat(file),
        fs.promises.readFile(sidecarOf(file), 'utf8').catch(() => null),
      ]);
      return listedBackup(file, parsed, stat.size, parseSidecar(sidecar));
    }),
  );
  return newestFirst(items.filter((b) => b !== null));
}

/** A backup as its record says, or as unverified when it has none or the file is not the size recorded. */
function listedBackup(
  file: string,
  parsed: { kind: BackupKind; createdAt: string },
  size: number,
  recorded: BackupInfo | null,
): BackupInfo {
  const name = path.basename(file);
  return recorded && recorded.sizeBytes === size
    ? { ...recorded, file, name }
    : {
        file,
        name,
        ...parsed,
        sizeBytes: size,
        status: 'damaged',
        contents: null,
        problem: 'errors.backupUnverified',
      };
}

const newestFirst = (items: BackupInfo[]) => items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

function parseSidecar(text: string | null): BackupInfo | null {
  try {
    return text === null ? null : (JSON.parse(text) as BackupInfo);
  } catch {
    return null;
  }
}

function readSidecar(file: string): BackupInfo | null {
  try {
    return parseSidecar(fs.readFileSync(sidecarOf(file), 'utf8'));
  } catch {
    return null;
  }
}

/** Removes automatic backups beyond the 7 daily / 4 weekly / 12 monthly rotation. */
export function pruneBackups(folder: string): string[] {
  const rotated = listBackups(folder).filter((b) => ROTATED.includes(b.kind));
  const removed = backupsToPrune(rotated);
  for (const b of removed) {
    fs.rmSync(b.file, { force: true });
    fs.rmSync(sidecarOf(b.file), { force: true });
  }
  return removed.map((b) => b.file);
}

/** True when an automatic backup was already taken on the given day (UTC). */
export async function hasAutomaticBackupOn(folder: string, day: string): Promise<boolean> {
  return (await readBackupList(folder)).some(
    (b) => ROTATED.includes(b.kind) && b.status === 'verified' && b.createdAt.startsWith(day),
  );
}
