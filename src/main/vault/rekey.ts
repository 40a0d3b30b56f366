import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { countRows } from '../backup/inspect';
import { sameCounts } from '../backup/store';
import { applyKey, rekeyFile, WRITE_FORMAT } from '../db/open';
import type { Db } from '../db/types';
import { fsyncFile, removeCompanions } from '../files/durable';

/** The re-keyed copy, beside the database until it is swapped in. */
export const rekeyingFileOf = (dbFile: string): string => `${dbFile}.rekeying`;

/**
 * Writes a copy of the open database encrypted with `newKey` in the write format, without touching
 * the live file: VACUUM INTO a copy (same key and format as the live file), re-key the copy
 * (SQLite3MultipleCiphers re-encrypts in rollback-journal mode only), then prove it opens with the new key, passes integrity_check and holds
 * the same rows, and flush it to the disk. A crash at any point leaves the live database as it was and
 * a stray copy that the next start removes. `amend` writes into the copy, in one transaction after its
 * rows were found equal to the live ones and before its integrity check: what it records (the format
 * conversion's audit entry) is in the new file from the moment that file exists, and never in the old.
 */
export function writeRekeyedCopy(
  db: Db,
  target: string,
  oldKey: Buffer,
  newKey: Buffer,
  nativeBinding?: string,
  amend?: (copy: Db) => void,
) {
  fs.rmSync(target, { force: true });
  removeCompanions(target);
  const counts = db.transaction(() => countRows(db))();
  db.prepare('VACUUM INTO ?').run(target);
  rekeyFile(target, oldKey, newKey, nativeBinding);
  const binding = nativeBinding ? { nativeBinding } : {};
  const check = new Database(target, { ...binding, readonly: !amend, fileMustExist: true });
  try {
    const format = applyKey(check, newKey);
    if (format !== WRITE_FORMAT) throw new Error(`The re-keyed copy is in the ${format} format`);
    if (!sameCounts(counts, countRows(check)))
      throw new Error('The re-keyed copy does not hold the same rows');
    if (amend) {
      check.pragma('synchronous = FULL');
      check.transaction(() => amend(check))();
    }
    const integrity = check.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`The re-keyed copy failed its check: ${String(integrity)}`);
  } finally {
    check.close();
  }
  fsyncFile(target);
}
