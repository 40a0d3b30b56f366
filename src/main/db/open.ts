import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import { createPrivateEmptyFile, ensurePrivateDir, makeDatabasePrivate, makePrivate } from '../files/private';
import { makeTransactionsImmediate } from './immediate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Db, Migration } from './types';

export interface OpenOptions {
  /** 32-byte data key: the file is encrypted (AEGIS-256, see applyKey). Without it the file is plain. */
  key?: Buffer;
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own ABI). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Where the pre-migration copy goes; defaults to a `backups` folder beside the database. */
  backupDir?: string;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  schemaVersion: number;
  /** How the file is encrypted (null: plain); an older format is converted by the vault at unlock. */
  format: CipherFormat | null;
  /** The copy taken before migrating an existing database, if one was needed. */
  preMigrationBackup: string | null;
}

export class WrongKeyError extends AppError {
  constructor() {
    super('FORBIDDEN', 'errors.wrongKey');
  }
}

export class DatabaseTooNewError extends AppError {
  constructor(found: number, supported: number) {
    super(
      'CONFLICT',
      `This data was written by a newer version of Mesodesk (schema ${found}; this version understands up to ${supported}). Install the newer version to open it. Nothing was changed.`,
    );
  }
}

/**
 * The page encryption of a Mesodesk database, as SQLite3 Multiple Ciphers names it.
 * - aegis: AEGIS-256, an authenticated cipher built on AES rounds (AES-NI): each page carries its own
 *   nonce and tag, so a single changed bit fails. What every database is created and written in.
 * - sqlcipher4: SQLCipher 4 (AES-256-CBC + HMAC-SHA512 per page), what Mesodesk wrote before: its HMAC
 *   runs in software and cost about 19 µs a page written or read. Still read; the vault converts a
 *   clinic file at unlock (vault.ts, convertOlderFormat), a restore converts what it puts in place.
 */
export type CipherFormat = 'aegis' | 'sqlcipher4';
/** The format every database is created, re-keyed, converted and copied in. */
export const WRITE_FORMAT: CipherFormat = 'aegis';
/** Tried in this order when a file is opened: the current format first, so it costs one attempt. */
const READ_FORMATS: readonly CipherFormat[] = ['aegis', 'sqlcipher4'];

/** Selects the scheme (and all its parameters, never the library's defaults) for the next key or rekey. */
function selectCipher(db: Db, format: CipherFormat): void {
  if (format === 'aegis') {
    db.pragma("cipher = 'aegis'");
    db.pragma("algorithm = 'aegis-256'");
  } else {
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
  }
}

const hexKey = (key: Buffer): string => {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  // A raw key: no key derivation (the data key is random; the passphrase's scrypt is in the key file).
  return `"x'${key.toString('hex')}'"`;
};

/** Another connection to an existing database (a worker's, a backup's), keyed when the file is encrypted. */
export function openConnection(file: string, key: Buffer | null, nativeBinding?: string): Db {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (key) applyKey(db, key);
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Keys the connection and proves the key fits by reading the schema; returns the format the file is
 * in. A new (empty) file is created in WRITE_FORMAT. Each format is tried in turn: a file in another
 * format, like a wrong key, does not decrypt page 1 (NOTADB). A key that fits decrypts page 1, and a
 * truncated or damaged file then reports CORRUPT: that is damage, not a wrong key.
 */
export function applyKey(db: Db, key: Buffer): CipherFormat {
  for (const format of READ_FORMATS) {
    keyAs(db, key, format);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return format;
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw error;
    }
  }
  throw new WrongKeyError();
}

/**
 * Keys the connection for a file in a known format (another connection has just opened it with
 * applyKey), without reading anything: a wrong key or format shows at the first read.
 */
export function keyAs(db: Db, key: Buffer, format: CipherFormat): void {
  selectCipher(db, format);
  db.pragma(`key = ${hexKey(key)}`);
}

/**
 * Encrypts the connection's database with `key` in WRITE_FORMAT, whatever it was before (plain, or
 * another format or key already applied). The library re-encrypts in rollback-journal mode only, so
 * the caller has switched the journal to DELETE; it is for files nobody else has open.
 */
export function encryptInWriteFormat(db: Db, key: Buffer): void {
  selectCipher(db, WRITE_FORMAT);
  db.pragma(`rekey = ${hexKey(key)}`);
}

/**
 * Re-encrypts a closed database file that is not in use (a copy) from one key to another, and from
 * whatever format it was in to the write format (with the same key, only the format changes).
 */
export function rekeyFile(file: string, oldKey: Buffer, newKey: Buffer, nativeBinding?: string): void {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    applyKey(db, oldKey);
    db.pragma('journal_mode = DELETE');
    encryptInWriteFormat(db, newKey);
  } finally {
    db.close();
  }
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Clinical data: a committed write must survive a power cut.
  db.pragma('synchronous = FULL');
  // A competing writer (another Mesodesk, a backup tool) gets 5 s before the user hears about it.
  db.pragma('busy_timeout = 5000');
  // Up to 32 MB of decrypted pages kept (SQLite takes them as they are read, so a small clinic never
  // reaches it): at 100,000 patients the broad searches walk more pages than the default 16 MB holds,
  // and each page read again from the file is decrypted again (idle p95 5.1–5.6 ms with 16 MB, 4.0–4.7 ms with 32 MB).
  db.pragma('cache_size = -32768');
}

/** PRAGMA application_id of every Mesodesk database: "MESO". */
export const MESODESK_APPLICATION_ID = 0x4d45534f;
export const FIRST_SCHEMA_VERSION = 1;

export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Opens (creating if needed) the clinic database, refusing newer schemas and migrating older ones. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  ensurePrivateDir(path.dirname(file));
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  // Created private here, SQLite gives its -wal, -shm and -journal the same mode.
  createPrivateEmptyFile(file);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  makeTransactionsImmediate(db);
  try {
    const format = options.key ? applyKey(db, options.key) : null;
    // Check the version before any pragma: a newer database must be left byte-for-byte untouched.
    const current = schemaVersionOf(db);
    if (current > latest) throw new DatabaseTooNewError(current, latest);
    applyPragmas(db);
    makeDatabasePrivate(file);
    let preMigrationBackup: string | null = null;
    if (current < latest && existed) {
      preMigrationBackup = copyBeforeMigration(db, file, current, options);
      // A copy of an older format is written in that format: it is re-encrypted like every new file.
      if (options.key && format !== WRITE_FORMAT) {
        rekeyFile(preMigrationBackup, options.key, options.key, options.nativeBinding);
      }
    }
    runMigrations(db, migrations, current);
    if (db.pragma('application_id', { simple: true }) !== MESODESK_APPLICATION_ID) {
      db.pragma(`application_id = ${MESODESK_APPLICATION_ID}`);
    }
    return { db, schemaVersion: schemaVersionOf(db), format, preMigrationBackup };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies each pending migration in its own transaction, bumping user_version inside it. */
export function runMigrations(db: Db, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

function copyBeforeMigration(db: Db, file: string, fromVersion: number, options: OpenOptions): string {
  const dir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  ensurePrivateDir(dir);
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `pre-migration-v${fromVersion}-${stamp}.db`);
  // VACUUM INTO writes a consistent, self-contained copy (WAL content included).
  createPrivateEmptyFile(target);
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  makePrivate(target);
  return target;
}

export { LATEST_SCHEMA_VERSION };
