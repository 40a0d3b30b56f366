import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, encryptInWriteFormat, WRITE_FORMAT } from '../db/open';
import { createPrivateEmptyFile, makePrivate } from '../files/private';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file is an unencrypted SQLite database (encrypted ones have a random-looking header). */
export function isPlainSqliteFile(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size < SQLITE_MAGIC.length) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    fs.readSync(fd, head, 0, head.length, 0);
    return head.equals(SQLITE_MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Encrypts a database written before encryption existed, in place. A plain copy is kept only until
 * the encrypted file has been verified, because a plain copy on disk is exactly what encryption
 * is meant to prevent.
 */
export function encryptPlainDatabase(
  file: string,
  key: Buffer,
  nativeBinding: string | undefined,
  now: Date,
): void {
  const safety = path.join(path.dirname(file), `pre-encryption-${now.getTime()}.db`);
  const plain = new Database(file, nativeBinding ? { nativeBinding } : {});
  const rows = countRows(plain);
  createPrivateEmptyFile(safety);
  plain.prepare('VACUUM INTO ?').run(safety);
  makePrivate(safety);
  // Encrypting in place needs the rollback journal, not WAL.
  plain.pragma('journal_mode = DELETE');
  encryptInWriteFormat(plain, key);
  plain.close();

  const check = new Database(file, nativeBinding ? { nativeBinding } : {});
  let ok = false;
  try {
    ok =
      applyKey(check, key) === WRITE_FORMAT &&
      check.pragma('integrity_check', { simple: true }) === 'ok' &&
      countRows(check) === rows;
  } catch {
    ok = false;
  } finally {
    check.close();
  }
  if (!ok || isPlainSqliteFile(file)) {
    fs.copyFileSync(safety, file);
    throw new Error('Encrypting the existing database could not be verified; it was left as it was.');
  }
  fs.rmSync(safety, { force: true });
}

function countRows(db: Database.Database): number {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all() as string[];
  return tables.reduce((n, t) => n + (db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number), 0);
}
