import fs from 'node:fs';
import type { Keyfile } from '../vault/keyfile';
import { parseKeyfile } from '../vault/keyfile';

/**
 * A backup carries the wrapped key ring it needs, so a backup alone (on a stick, on a new computer)
 * opens with the passphrase or the recovery key that was current when it was taken. The key file's
 * JSON (keys wrapped by scrypt-derived keys, never a bare key) is appended after the SQLite content:
 *
 *   [SQLite database][key file JSON][length: 4 bytes, big-endian][MAGIC: 16 bytes]
 *
 * SQLite reads only the pages its header counts, so the trailer does not disturb it; restore copies
 * the database part alone.
 */
const MAGIC = Buffer.from('MESODESK-KEYS-1\n', 'latin1');
const LENGTH_BYTES = 4;
const FOOTER_BYTES = LENGTH_BYTES + MAGIC.length;
const MAX_TRAILER_BYTES = 1024 * 1024;

/** Appends the trailer; flushing the file to the disk is the caller's (once, for the whole file). */
export function appendKeyTrailer(file: string, keyfile: Keyfile): void {
  const json = Buffer.from(JSON.stringify(keyfile), 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(json.length);
  const fd = fs.openSync(file, 'a');
  try {
    fs.writeSync(fd, Buffer.concat([json, length, MAGIC]));
  } finally {
    fs.closeSync(fd);
  }
}

interface TrailerLayout {
  databaseBytes: number;
  keyfile: Keyfile | null;
}

/** Where the database part ends, and the key file it carries (null for a backup without one). */
export function readTrailer(file: string): TrailerLayout {
  const size = fs.statSync(file).size;
  if (size < FOOTER_BYTES) return { databaseBytes: size, keyfile: null };
  const fd = fs.openSync(file, 'r');
  try {
    const footer = Buffer.alloc(FOOTER_BYTES);
    fs.readSync(fd, footer, 0, FOOTER_BYTES, size - FOOTER_BYTES);
    if (!footer.subarray(LENGTH_BYTES).equals(MAGIC)) return { databaseBytes: size, keyfile: null };
    const length = footer.readUInt32BE(0);
    if (length > MAX_TRAILER_BYTES || length > size - FOOTER_BYTES) {
      return { databaseBytes: size, keyfile: null };
    }
    const json = Buffer.alloc(length);
    fs.readSync(fd, json, 0, length, size - FOOTER_BYTES - length);
    const keyfile = parseKeyfile(json.toString('utf8'));
    return { databaseBytes: size - FOOTER_BYTES - length, keyfile };
  } catch {
    return { databaseBytes: size, keyfile: null };
  } finally {
    fs.closeSync(fd);
  }
}

export const readKeyTrailer = (file: string): Keyfile | null => readTrailer(file).keyfile;

/** Copies only the SQLite part of a backup (what restore swaps in) and flushes it to the disk. */
export function copyDatabasePart(source: string, target: string): void {
  const { databaseBytes } = readTrailer(source);
  const input = fs.openSync(source, 'r');
  const output = fs.openSync(target, 'w', 0o600);
  try {
    const chunk = Buffer.alloc(4 * 1024 * 1024);
    let offset = 0;
    while (offset < databaseBytes) {
      const read = fs.readSync(input, chunk, 0, Math.min(chunk.length, databaseBytes - offset), offset);
      if (read === 0) break;
      fs.writeSync(output, chunk, 0, read);
      offset += read;
    }
    fs.fsyncSync(output);
  } finally {
    fs.closeSync(input);
    fs.closeSync(output);
  }
}
