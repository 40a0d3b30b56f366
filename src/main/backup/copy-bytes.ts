import fs from 'node:fs';

/**
 * Where SQLite keeps its file locks: the bytes from 1 GiB on (PENDING_BYTE, RESERVED_BYTE and the
 * 510 SHARED bytes, https://sqlite.org/fileformat.html section 1.3). The page holding them is never
 * used, in any file over 1 GiB, and on Windows those bytes cannot be read while another connection
 * holds a lock on them (LockFileEx locks are mandatory).
 */
export const LOCK_BYTE_OFFSET = 2 ** 30;

/** A byte range [start, end) of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The whole page that holds the lock bytes: a copy writes it as zeros, never reading it. */
export const lockBytePage = (pageSize: number): ByteRange => ({
  start: LOCK_BYTE_OFFSET,
  end: LOCK_BYTE_OFFSET + pageSize,
});

export interface CopyOptions {
  /** Exactly this many bytes from the start are copied; a shorter file is an error. */
  bytes: number;
  /** Written as zeros, not read (the lock-byte page). */
  zeros?: ByteRange;
  onBytes?: (bytes: number) => void;
  /**
   * Flushes what is written to the disk each time this many bytes were written: the copy never
   * leaves much more than twice that waiting in the page cache, where a flush by the app (each
   * save's fsync of its WAL) could have to wait for it to be written first (ext4's ordered journal
   * mode). Each flush runs in libuv's thread pool while the copy goes on; the next one waits for it.
   */
  flushEvery?: number;
}

/** Large enough to need few system calls, small enough to stay in the CPU's cache between read and write. */
export const CHUNK_BYTES = 1024 * 1024;
const ZERO_CHUNK = Buffer.alloc(CHUNK_BYTES);

/**
 * Copies a file byte for byte in large chunks, reporting how far it got. Read and written by this
 * thread on purpose: the kernel's copy (copy_file_range, fs.copyFileSync) may share the blocks of
 * the live file on copy-on-write file systems (btrfs, XFS, APFS), and a backup must not be damaged
 * with it. (The same copy through libuv's thread pool, a window of chunks read at once, cost 3 times
 * the CPU.) A chunk that is all zeros (one that holds only the lock-byte page, a sparse file's hole)
 * is not written: it stays a hole of the copy, read back as zeros.
 */
export async function copyBytes(from: string, to: string, options: CopyOptions): Promise<void> {
  const { bytes, zeros, onBytes, flushEvery = Number.POSITIVE_INFINITY } = options;
  const input = fs.openSync(from, 'r');
  try {
    const output = fs.openSync(to, 'w', 0o600);
    let flushing: Promise<void> | null = null;
    try {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, bytes));
      let unflushed = 0;
      for (let position = 0; position < bytes; ) {
        const length = Math.min(CHUNK_BYTES, bytes - position);
        readRange(input, chunk.subarray(0, length), position, zeros, from);
        if (!chunk.subarray(0, length).equals(ZERO_CHUNK.subarray(0, length))) {
          if (fs.writeSync(output, chunk, 0, length, position) !== length) {
            throw new Error(`${to}: short write at ${position}`);
          }
          unflushed += length;
          if (unflushed >= flushEvery) {
            // One flush at a time: the disk writes what came before while this thread copies on.
            if (flushing) await flushing;
            flushing = flushInBackground(output);
            unflushed = 0;
          }
        }
        position += length;
        onBytes?.(length);
      }
      if (flushing) await flushing;
      // Sets the length when the file ends in a hole (zeros never written).
      fs.ftruncateSync(output, bytes);
    } finally {
      // Never closed under a flush still running on it.
      await flushing?.catch(() => undefined);
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
}

const flushInBackground = (fd: number) =>
  new Promise<void>((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));

/** Fills the chunk with the file's bytes from `position`, the zero range's as zeros, never read. */
function readRange(
  file: number,
  chunk: Buffer,
  position: number,
  zeros: ByteRange | undefined,
  name: string,
) {
  const end = position + chunk.length;
  const zeroStart = zeros ? Math.min(Math.max(zeros.start, position), end) : end;
  const zeroEnd = zeros ? Math.min(Math.max(zeros.end, position), end) : end;
  readFully(file, chunk.subarray(0, zeroStart - position), position, name);
  chunk.fill(0, zeroStart - position, zeroEnd - position);
  readFully(file, chunk.subarray(zeroEnd - position), zeroEnd, name);
}

function readFully(file: number, part: Buffer, position: number, name: string) {
  for (let done = 0; done < part.length; ) {
    const read = fs.readSync(file, part, done, part.length - done, position + done);
    if (read === 0) throw new Error(`${name} ends at ${position + done} bytes, more expected`);
    done += read;
  }
}
