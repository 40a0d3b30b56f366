import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { BackupInfo, BackupKind, BackupProgress } from '../../shared/backup/schema';
import { currentAnchor } from '../audit/anchor';
import { applyKey, type CipherFormat, keyAs } from '../db/open';
import type { Db } from '../db/types';
import { fsyncFileInBackground, removeCompanions } from '../files/durable';
import type { Keyfile } from '../vault/keyfile';
import { copyBytes, lockBytePage } from './copy-bytes';
import { countRows, type Inspection, inspectCopy } from './inspect';
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
 * The copy is the database file plus the WAL cut after mxFrame: the snapshot, nothing later; the
 * lock-byte page (files over 1 GiB) is written as zeros, never read. The row counts and the audit
 * anchor are read from the same snapshot. Without a readable wal-index the files are copied under the
 * lock, as a whole.
 */
async function copySnapshot(
  job: SnapshotJob,
  key: Buffer,
  progress: (p: BackupProgress) => void,
): Promise<Omit<SnapshotResult, 'inspection'>> {
  const reader = connectionTo(job.dbFile, job.nativeBinding);
  let writer: Db | null = null;
  try {
    const format = applyKey(reader, key);
    reader.pragma('busy_timeout = 5000');
    // Moves what it can of the WAL into the file first, so that little is left to copy and fold.
    reader.pragma('wal_checkpoint(PASSIVE)');
    const pageSize = reader.pragma('page_size', { simple: true }) as number;
    writer = lockingConnection(job.dbFile, key, format, job.nativeBinding);
    const wal = `${job.dbFile}-wal`;
    const copyFiles = async (walBytes: number) => {
      const dbBytes = fs.statSync(job.dbFile).size;
      const totalBytes = dbBytes + walBytes;
      let doneBytes = 0;
      const onBytes = (bytes: number) => {
        doneBytes += bytes;
        progress({ phase: 'copying', doneBytes, totalBytes });
      };
      await copyBytes(job.dbFile, job.partial, {
        bytes: dbBytes,
        zeros: lockBytePage(pageSize),
        onBytes,
        flushEvery: FLUSH_EVERY_BYTES,
      });
      if (walBytes > 0) await copyBytes(wal, `${job.partial}-wal`, { bytes: walBytes, onBytes });
    };
    let index: WalIndex | null;
    writer.exec('BEGIN IMMEDIATE');
    try {
      reader.exec('BEGIN');
      reader.prepare('SELECT count(*) FROM sqlite_master').get();
      index = readWalIndex(`${job.dbFile}-shm`);
      if (!index) await copyFiles(fs.existsSync(wal) ? fs.statSync(wal).size : 0);
    } finally {
      writer.exec('ROLLBACK');
    }
    if (index) await copyFiles(index.mxFrame > index.nBackfill ? committedWalBytes(index) : 0);
    const liveCounts = countRows(reader);
    const anchor = currentAnchor(reader, new Date(job.at));
    reader.exec('COMMIT');
    return { liveCounts, anchor };
  } finally {
    writer?.close();
    reader.close();
  }
}

/**
 * A large copy is flushed to the disk as it goes, so that it never leaves hundreds of MB in the page
 * cache for the app's next save (its fsync) to wait behind: during backups of a 240 MB clinic copied
 * in one go, the app's event loop paused 116-171 ms (load 9-13; README, Performance). Each flush
 * runs in the background while the copy goes on (copyBytes), so the copy no longer waits for the
 * disk, and at most twice this size is unflushed at any time. (A flush every 8 MB, for at most 16,
 * cost a third more CPU and was slower: more journal commits.) A copy under this size (the usual
 * clinic without photos) is flushed once, while it is checked.
 */
const FLUSH_EVERY_BYTES = 16 * 1024 * 1024;

const connectionTo = (file: string, nativeBinding?: string): Db =>
  new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });

/**
 * A connection that only takes the write lock (BEGIN IMMEDIATE, ROLLBACK), keyed with the key and
 * format the reader has just proved: it never reads nor parses the schema.
 */
function lockingConnection(file: string, key: Buffer, format: CipherFormat, nativeBinding?: string): Db {
  const db = connectionTo(file, nativeBinding);
  try {
    keyAs(db, key, format);
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Seals and checks the copy on one connection: folds the copied WAL into it (leaving a single file
 * in rollback-journal mode), appends the key trailer, and checks it (inspectCopy: every page read
 * again from the file) while the flush to the disk runs in libuv's thread pool. The copy is
 * complete in the page cache either way, and the caller names the backup only once both are done.
 */
async function sealAndCheck(job: SnapshotJob, key: Buffer): Promise<Inspection> {
  const copy = connectionTo(job.partial, job.nativeBinding);
  try {
    const format = applyKey(copy, key);
    // The whole file is flushed once at the end (with the key trailer), not at every step.
    copy.pragma('synchronous = OFF');
    copy.pragma('journal_mode = DELETE');
    if (job.keyfile) appendKeyTrailer(job.partial, job.keyfile);
    const flushed = fsyncFileInBackground(job.partial);
    flushed.catch(() => undefined);
    // Checked as it will be stored: the trailer included.
    const inspection = inspectCopy(job.partial, copy, format);
    await flushed;
    return inspection;
  } finally {
    copy.close();
    removeCompanions(job.partial);
  }
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
  try {
    const live = await copySnapshot(job, key, progress);
    progress({ phase: 'verifying' });
    const inspection = await sealAndCheck(job, key);
    return placeBackup(job, { inspection, liveCounts: live.liveCounts, anchor: live.anchor });
  } finally {
    key.fill(0);
  }
}
