import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir } from '../files/private';

/** A file of the bulk export as the manifest lists it. */
export interface WrittenFile {
  /** Relative to the export folder, with forward slashes. */
  url: string;
  bytes: number;
  sha256: string;
  /** NDJSON resources or CSV rows (the header not counted); absent for other files. */
  count?: number;
}

const FLUSH_BYTES = 1024 * 1024;

/**
 * A file written by appending, hashed as it is written: lines are buffered and flushed by the
 * megabyte, so however large the clinic the process holds at most one buffer per open file.
 */
export function openHashedFile(root: string, url: string) {
  const file = path.join(root, url);
  ensurePrivateDir(path.dirname(file));
  const fd = fs.openSync(file, 'wx', 0o600);
  const hash = createHash('sha256');
  let pending: string[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  let count = 0;
  const flush = () => {
    if (!pending.length) return;
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingBytes = 0;
    fs.writeSync(fd, chunk);
    hash.update(chunk);
    bytes += chunk.length;
  };
  return {
    url,
    /** Appends text; `records` is how many resources or rows it holds. */
    append(text: string, records = 1): void {
      pending.push(text);
      pendingBytes += text.length;
      count += records;
      if (pendingBytes >= FLUSH_BYTES) flush();
    },
    close(): WrittenFile {
      flush();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return { url, bytes, sha256: hash.digest('hex'), count };
    },
    /** Closes without caring for the content (the export was cancelled or failed). */
    abandon(): void {
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed.
      }
    },
  };
}
export type HashedFile = ReturnType<typeof openHashedFile>;

/** Writes a whole file at once and describes it for the manifest. */
export function writeHashedFile(root: string, url: string, bytes: Buffer): WrittenFile {
  const file = path.join(root, url);
  ensurePrivateDir(path.dirname(file));
  fs.writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  return { url, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
