import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import { createPrivateEmptyFile, ensurePrivateDir, makeDatabasePrivate, makePrivate } from '../files/private';
import { makeTransactionsImmediate } from './immediate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Db, Migration } from './types';

export interface OpenOptions {
  /** 32-byte data key: the file is encrypted (SQLCipher 4 format). Without it the file is plain. */
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

/** Keys the connection and proves the key fits by reading the schema. */
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

export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new Error('The data key must be 32 bytes');
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    // A key that fits decrypts page 1; a truncated or damaged file then reports CORRUPT, not NOTADB.
    if ((error as { code?: string }).code === 'SQLITE_CORRUPT') throw error;
    throw new WrongKeyError();
  }
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Clinical data: a committed write must survive a power cut.
  db.pragma('synchronous = FULL');
  // A competing writer (another Mesodesk, a backup tool) gets 5 s before the user hears about it.
  db.pragma('busy_timeout = 5000');
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
    if (options.key) applyKey(db, options.key);
    // Check the version before any pragma: a newer database must be left byte-for-byte untouched.
    const current = schemaVersionOf(db);
    if (current > latest) throw new DatabaseTooNewError(current, latest);
    applyPragmas(db);
    makeDatabasePrivate(file);
    let preMigrationBackup: string | null = null;
    if (current < latest && existed) {
      preMigrationBackup = copyBeforeMigration(db, file, current, options);
    }
    runMigrations(db, migrations, current);
    if (db.pragma('application_id', { simple: true }) !== MESODESK_APPLICATION_ID) {
      db.pragma(`application_id = ${MESODESK_APPLICATION_ID}`);
    }
    return { db, schemaVersion: schemaVersionOf(db), preMigrationBackup };
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
