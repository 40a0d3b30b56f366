import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { makePrivate, PRIVATE_FILE_MODE } from './private';

/**
 * One buffer for every copy of this thread (the copy is synchronous): a fresh megabyte per file cost
 * more in page faults than the copy itself, and a quarter megabyte reads as fast.
 */
const chunk = Buffer.allocUnsafe(256 * 1024);

/**
 * Copies a file into a new private file (replacing a stale one), fsynced, in one read of the source:
 * each chunk is hashed as it is written, so the digest returned is that of exactly the bytes the copy
 * holds. A source that changes during the copy yields a digest that no longer names it.
 */
export function copyFileHashed(source: string, target: string): { sha256: string; bytes: number } {
  const input = fs.openSync(source, 'r');
  try {
    const output = fs.openSync(target, 'w', PRIVATE_FILE_MODE);
    try {
      const hash = createHash('sha256');
      let bytes = 0;
      for (let read = fs.readSync(input, chunk); read > 0; read = fs.readSync(input, chunk)) {
        const data = chunk.subarray(0, read);
        hash.update(data);
        for (let written = 0; written < read; ) written += fs.writeSync(output, data, written);
        bytes += read;
      }
      fs.fsyncSync(output);
      return { sha256: hash.digest('hex'), bytes };
    } finally {
      fs.closeSync(output);
      makePrivate(target);
    }
  } finally {
    fs.closeSync(input);
  }
}
