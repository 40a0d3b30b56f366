import fs from 'node:fs';
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { BackupInfo, BackupKind, BackupProgress } from '../../shared/backup/schema';
import { currentAnchor } from '../audit/anchor';
import { openConnection } from '../db/open';
import { fsyncFileInBackground, removeCompanions } from '../files/durable';
import type { Keyfile } from '../vault/keyfile';
import { countRows, type Inspection, inspectBackup } from './inspect';
import { appendKeyTrailer } from './key-trailer';
import { placeBackup } from './store';
import { committedWalBytes, readWalIndex, type WalIndex } from './wal-index';

export interface SnapshotJob {
  /** The live database file (encrypted, WAL mode). */
  dbFile: string;
  /** Where the copy is written, then renamed to `target` once it is checked and recorded. */
  partial: string;
  target: string;
  kind: BackupKind;
  key: Uint8Array;
  keyfile: Keyfile | null;
  nativeBinding?: string;
  /** ISO time the anchor is stamped with. */
  at: string;
}

export interface SnapshotResult {
  inspection: Inspection;
  /** Row counts of the live database at the moment of the copy. */
  liveCounts: Record<string, number>;
  /** The audit chain exactly as copied. */
  anchor: AuditAnchor;
}

/** Large enough to need few system calls, small enough to stay in the CPU cache between read and write. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Copies a file byte for byte in large chunks, reporting how far it got. Through this thread on
 * purpose: the kernel's copy (copy_file_range, fs.copyFileSync) may share the blocks of the live file
 * on copy-on-write file systems (btrfs, XFS, APFS), and a backup must not be damaged with it.
 */
export function copyBytes(
  from: string,
  to: string,
  onBytes: (bytes: number) => void,
  /** Copies only this many bytes from the start; a shorter file is an error. */
  limit = Number.POSITIVE_INFINITY,
): void {
  const input = fs.openSync(from, 'r');
  const output = fs.openSync(to, 'w', 0o600);
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let done = 0; done < limit; ) {
      const read = fs.readSync(input, chunk, 0, Math.min(chunk.length, limit - done), null);
      if (read === 0) {
        if (Number.isFinite(limit)) throw new Error(`${from} ends at ${done} bytes, ${limit} expected`);
        break;
      }
      fs.writeSync(output, chunk, 0, read);
      done += read;
      onBytes(read);
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}

/**
 * A consistent copy of the encrypted database, taken without decrypting anything and holding the
 * write lock only for a moment. Under the write lock a second connection opens a read snapshot (the
 * last commit, so it holds every write acknowledged before) and the wal-index says where that commit
 * ends in the WAL (mxFrame) and how much of the WAL is already in the database file (nBackfill). Then
 * the lock goes and the app writes on while the files are copied: as long as the snapshot is open,
 * SQLite never restarts the WAL nor checkpoints past the snapshot's last frame (see wal.c,
 * walCheckpoint and walRestartLog), so
 * - the WAL's bytes up to mxFrame stay as they were, and new commits only append after them;
 * - a checkpoint may still write pages into the database file, but only pages whose version of the
 *   snapshot is in those frames, which win over the file when the copy is opened;
 * - with nothing left to fold (nBackfill = mxFrame), the database file alone is the snapshot and no
 *   checkpoint can write to it at all.
 * The copy is the database file plus the WAL cut after mxFrame: the snapshot, nothing later. The row
 * counts and the audit anchor are read from the same snapshot. Without a readable wal-index the files
 * are copied under the lock, as a whole.
 */
function copySnapshot(job: SnapshotJob, key: Buffer, progress: (p: BackupProgress) => void) {
  const writer = openConnection(job.dbFile, key, job.nativeBinding);
  const reader = openConnection(job.dbFile, key, job.nativeBinding);
  try {
    // Moves what it can of the WAL into the file first, so that little is left to copy and fold.
    writer.pragma('wal_checkpoint(PASSIVE)');
    const wal = `${job.dbFile}-wal`;
    const copyFiles = (walBytes: number) => {
      const totalBytes = fs.statSync(job.dbFile).size + walBytes;
      let doneBytes = 0;
      const step = (bytes: number) => {
        doneBytes += bytes;
        progress({ phase: 'copying', doneBytes, totalBytes });
      };
      copyBytes(job.dbFile, job.partial, step);
      if (walBytes > 0) copyBytes(wal, `${job.partial}-wal`, step, walBytes);
    };
    let index: WalIndex | null;
    writer.exec('BEGIN IMMEDIATE');
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sqlite_master').get();
      index = readWalIndex(`${job.dbFile}-shm`);
      if (!index) copyFiles(fs.existsSync(wal) ? fs.statSync(wal).size : 0);
    } finally {
      writer.exec('ROLLBACK');
    }
    if (index) copyFiles(index.mxFrame > index.nBackfill ? committedWalBytes(index) : 0);
    const liveCounts = countRows(reader);
    const anchor = currentAnchor(reader, new Date(job.at));
    reader.exec('COMMIT');
    return { liveCounts, anchor };
  } finally {
    writer.close();
    reader.close();
  }
}

/** Folds the copied WAL into the copy and leaves it a single file in rollback-journal mode. */
function makeSelfContained(job: SnapshotJob, key: Buffer): void {
  const copy = openConnection(job.partial, key, job.nativeBinding);
  try {
    // The whole file is flushed once at the end (with the key trailer), not at every step.
    copy.pragma('synchronous = OFF');
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  removeCompanions(job.partial);
}

/**
 * Copies, seals (key trailer, fsync) and verifies a backup; runs in a worker thread so that the app's
 * window never waits for it. The copy must open with the key, every page of it must authenticate and
 * be accounted for (inspect.ts, pagesProblem), it must be a Mesodesk database, and its row counts
 * must equal the live ones at the moment of the copy (placeBackup records the result).
 */
export async function takeSnapshot(
  job: SnapshotJob,
  progress: (p: BackupProgress) => void,
): Promise<BackupInfo> {
  const key = Buffer.from(job.key);
  const { liveCounts, anchor } = copySnapshot(job, key, progress);
  progress({ phase: 'verifying' });
  makeSelfContained(job, key);
  if (job.keyfile) appendKeyTrailer(job.partial, job.keyfile);
  // The flush to the disk (waiting on the disk, in libuv's thread pool) runs while this thread
  // reads and authenticates every page: the copy is complete in the page cache either way, and the
  // caller names the backup only once both are done.
  const flushed = fsyncFileInBackground(job.partial);
  // Checked as it will be stored: the trailer included.
  const inspection = inspectBackup(job.partial, [key], job.nativeBinding, 'pages');
  await flushed;
  return placeBackup(job, { inspection, liveCounts, anchor });
}
