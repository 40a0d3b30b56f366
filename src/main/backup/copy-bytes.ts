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
}

/** Large enough to need few system calls, small enough to stay in the CPU's cache. */
export const CHUNK_BYTES = 1024 * 1024;
/** Chunks read (then written) at once: few turns of this thread per file, 2 windows in memory. */
const WINDOW_CHUNKS = 8;
export const WINDOW_BYTES = WINDOW_CHUNKS * CHUNK_BYTES;
const ZERO_CHUNK = Buffer.alloc(CHUNK_BYTES);

/**
 * Copies a file byte for byte through libuv's thread pool, a window of chunks at a time: the chunks
 * of a window are read at once, then written at once while the next window is read. This thread only
 * starts each window, so it can do other work meanwhile (snapshot.ts reads the live snapshot) at the
 * cost of a moment per window. Through this process on purpose: the kernel's copy
 * (copy_file_range, fs.copyFile) may share the blocks of the live file on copy-on-write file systems
 * (btrfs, XFS, APFS), and a backup must not be damaged with it. A chunk that is all zeros (one with
 * the lock-byte page only, a sparse file's hole) is not written: it stays a hole, read back as zeros.
 */
export async function copyBytes(from: string, to: string, options: CopyOptions): Promise<void> {
  const { bytes, zeros, onBytes } = options;
  const input = await fs.promises.open(from, 'r');
  try {
    const output = await fs.promises.open(to, 'w', 0o600);
    try {
      const size = Math.min(WINDOW_BYTES, bytes);
      let [window, other] = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
      let written: Promise<unknown> = Promise.resolve();
      for (let position = 0; position < bytes; [window, other] = [other, window]) {
        const length = Math.min(WINDOW_BYTES, bytes - position);
        const chunks = chunksOf(window, length, position);
        // This window is read while the one before is written (from the other buffer).
        await Promise.all([
          ...chunks.map((c) => readRange(input, c.bytes, c.position, zeros, from)),
          written,
        ]);
        written = Promise.all(
          chunks
            .filter((c) => !c.bytes.equals(ZERO_CHUNK.subarray(0, c.bytes.length)))
            .map((c) => writeFully(output, c.bytes, c.position, to)),
        );
        position += length;
        onBytes?.(length);
      }
      await written;
      // Sets the length when the file ends in a hole (zeros never written).
      await output.truncate(bytes);
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}

/** The window's chunks: views of it, each with where it belongs in the file. */
function chunksOf(window: Buffer, length: number, position: number) {
  const chunks: { bytes: Buffer; position: number }[] = [];
  for (let offset = 0; offset < length; offset += CHUNK_BYTES) {
    const end = Math.min(offset + CHUNK_BYTES, length);
    chunks.push({ bytes: window.subarray(offset, end), position: position + offset });
  }
  return chunks;
}

async function writeFully(file: fs.promises.FileHandle, chunk: Buffer, position: number, name: string) {
  const { bytesWritten } = await file.write(chunk, 0, chunk.length, position);
  if (bytesWritten !== chunk.length) throw new Error(`${name}: short write at ${position}`);
}

/** Fills the chunk with the file's bytes from `position`, the zero range's as zeros, never read. */
async function readRange(
  file: fs.promises.FileHandle,
  chunk: Buffer,
  position: number,
  zeros: ByteRange | undefined,
  name: string,
): Promise<void> {
  const end = position + chunk.length;
  const zeroStart = zeros ? Math.min(Math.max(zeros.start, position), end) : end;
  const zeroEnd = zeros ? Math.min(Math.max(zeros.end, position), end) : end;
  await readFully(file, chunk, 0, zeroStart - position, position, name);
  chunk.fill(0, zeroStart - position, zeroEnd - position);
  await readFully(file, chunk, zeroEnd - position, end - zeroEnd, zeroEnd, name);
}

async function readFully(
  file: fs.promises.FileHandle,
  chunk: Buffer,
  offset: number,
  length: number,
  position: number,
  name: string,
): Promise<void> {
  for (let done = 0; done < length; ) {
    const { bytesRead } = await file.read(chunk, offset + done, length - done, position + done);
    if (bytesRead === 0) throw new Error(`${name} ends at ${position + done} bytes, more expected`);
    done += bytesRead;
  }
}
