import fs from 'node:fs';
import os from 'node:os';

/**
 * What SQLite's wal-index (the `-shm` file, https://sqlite.org/walformat.html section 2.2) says about
 * the WAL: how many frames are committed and how many of them are already in the database file.
 */
export interface WalIndex {
  /** Frames of the WAL that belong to committed transactions (the last one ends a commit). */
  mxFrame: number;
  /** Frames already copied into the database file by checkpoints. */
  nBackfill: number;
  pageSize: number;
}

/** Two copies of the 48-byte header, then the checkpoint information (nBackfill first). */
const HEADER_BYTES = 48;
const BACKFILL_OFFSET = 2 * HEADER_BYTES;
/** Only the bytes before the lock slots (offset 120): Windows locks those ranges mandatorily. */
const READ_BYTES = BACKFILL_OFFSET + 4;
const WAL_INDEX_VERSION = 3007000;
const VALID_PAGE_SIZES = new Set([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536]);
/** Each frame of the WAL: a 24-byte frame header, then the page. */
export const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/** Bytes of the WAL up to and including its last committed frame. */
export const committedWalBytes = (index: WalIndex): number =>
  WAL_HEADER_BYTES + index.mxFrame * (FRAME_HEADER_BYTES + index.pageSize);

/**
 * Reads the wal-index header. The caller holds the write lock, so no commit changes it meanwhile.
 * Null when the file is missing, not initialised or its two header copies disagree: the caller then
 * does not rely on it.
 */
export function readWalIndex(shmFile: string): WalIndex | null {
  let fd: number;
  try {
    fd = fs.openSync(shmFile, 'r');
  } catch {
    return null;
  }
  try {
    const bytes = Buffer.alloc(READ_BYTES);
    if (fs.readSync(fd, bytes, 0, READ_BYTES, 0) < READ_BYTES) return null;
    // Written in the machine's own byte order.
    const little = os.endianness() === 'LE';
    const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
    const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
    const first = bytes.subarray(0, HEADER_BYTES);
    if (!first.equals(bytes.subarray(HEADER_BYTES, 2 * HEADER_BYTES))) return null;
    if (u32(0) !== WAL_INDEX_VERSION || bytes[12] !== 1) return null;
    const size = u16(14);
    // 0 until the WAL's first frame is written (an empty WAL has nothing to copy).
    const pageSize = size === 1 ? 65536 : size;
    const mxFrame = u32(16);
    const nBackfill = u32(BACKFILL_OFFSET);
    if (nBackfill > mxFrame) return null;
    if (mxFrame > 0 && !VALID_PAGE_SIZES.has(pageSize)) return null;
    return { mxFrame, nBackfill, pageSize };
  } finally {
    fs.closeSync(fd);
  }
}
