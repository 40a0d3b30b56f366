import fs from 'node:fs';
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { BackupProgress } from '../../shared/backup/schema';
import { currentAnchor } from '../audit/anchor';
import { openConnection } from '../db/open';
import { fsyncFileInBackground, removeCompanions } from '../files/durable';
import type { Keyfile } from '../vault/keyfile';
import { countRows, type Inspection, inspectBackup } from './inspect';
import { appendKeyTrailer } from './key-trailer';

export interface SnapshotJob {
  /** The live database file (encrypted, WAL mode). */
  dbFile: string;
  /** Where the copy is written; renamed into place by the caller once it is recorded. */
  partial: string;
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
export function copyBytes(from: string, to: string, onBytes: (bytes: number) => void): void {
  const input = fs.openSync(from, 'r');
  const output = fs.openSync(to, 'w', 0o600);
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const read = fs.readSync(input, chunk, 0, chunk.length, null);
      if (read === 0) break;
      fs.writeSync(output, chunk, 0, read);
      onBytes(read);
    }
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}

/**
 * A consistent copy of the encrypted database, taken without decrypting anything: while this
 * connection holds the write lock nobody can append to the WAL or restart it, so the database file
 * plus its WAL, copied byte for byte, are one committed state (a checkpoint still running from an
 * earlier commit only writes pages whose newer copy is in that WAL, which wins when the copy opens).
 * A second connection opens a read snapshot inside the lock, so the live row counts and the audit
 * anchor describe exactly what was copied; they are read after the lock is released.
 */
function copyUnderWriteLock(job: SnapshotJob, key: Buffer, progress: (p: BackupProgress) => void) {
  const writer = openConnection(job.dbFile, key, job.nativeBinding);
  const reader = openConnection(job.dbFile, key, job.nativeBinding);
  try {
    // Moves what it can of the WAL into the file first, so the locked copy is short.
    writer.pragma('wal_checkpoint(PASSIVE)');
    const wal = `${job.dbFile}-wal`;
    writer.exec('BEGIN IMMEDIATE');
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sqlite_master').get();
      const walBytes = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
      const totalBytes = fs.statSync(job.dbFile).size + walBytes;
      let doneBytes = 0;
      const step = (bytes: number) => {
        doneBytes += bytes;
        progress({ phase: 'copying', doneBytes, totalBytes });
      };
      copyBytes(job.dbFile, job.partial, step);
      if (walBytes > 0) copyBytes(wal, `${job.partial}-wal`, step);
    } finally {
      writer.exec('ROLLBACK');
    }
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
 * be accounted for (inspect.ts, pagesProblem), it must be a Mesodesk database, and the caller compares
 * its row counts with the live ones at the moment of the copy.
 */
export async function takeSnapshot(
  job: SnapshotJob,
  progress: (p: BackupProgress) => void,
): Promise<SnapshotResult> {
  const key = Buffer.from(job.key);
  const { liveCounts, anchor } = copyUnderWriteLock(job, key, progress);
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
  return { inspection, liveCounts, anchor };
}
