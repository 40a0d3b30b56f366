import Database from 'better-sqlite3-multiple-ciphers';
import { AUDIT_ACTIONS, type AuditAction } from '../../shared/audit/schema';
import type { BackupContents } from '../../shared/backup/schema';
import {
  applyKey,
  type CipherFormat,
  FIRST_SCHEMA_VERSION,
  MESODESK_APPLICATION_ID,
  schemaVersionOf,
  WrongKeyError,
} from '../db/open';
import type { Db } from '../db/types';
import { isSampleDatabase } from '../sample/marker';
import { isPlainSqliteFile } from '../vault/encrypt-existing';
import { LOCK_BYTE_OFFSET } from './copy-bytes';
import { readTrailer } from './key-trailer';
import { overflowTailsProblem } from './overflow-tails';

/** Tables whose rows are counted in a backup's summary (every ordinary table, FTS shadows excluded). */
export function countRows(db: Db): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_words%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

/**
 * Audit actions that change no record: reads, copies and the vault's own events. Every other action
 * (a new one too) is a change. A restore is not one: what the restored clinic holds is older.
 */
export const UNCHANGING_ACTIONS = [
  'open',
  'export',
  'print',
  'backup',
  'restore-backup',
  'unlock',
  'lock',
  'passphrase-change',
  'format-conversion',
  'recover',
] as const satisfies readonly AuditAction[];

const unchanging = new Set<AuditAction>(UNCHANGING_ACTIONS);
const CHANGING_ACTIONS = JSON.stringify(AUDIT_ACTIONS.filter((action) => !unchanging.has(action)));

/**
 * The latest change to the records, as the audit trail has it: every call that writes a record
 * appends its entry in the transaction that stores it (api.ts, audit/call-audit.ts), erasures
 * included, which leave no row to date. The newest entry of each changing action is one look-up in
 * audit_log_by_action, whatever the size of the clinic (a scan of every table's times cost as much
 * as reading all its pages).
 * Cancelling an export is logged as an update of the export job, which changes no record. Null when
 * the trail holds no change at all (a database written without the app, as the bench's are).
 */
function newestRecordAt(db: Db): string | null {
  return db
    .prepare(
      `SELECT max(a.at) FROM json_each(?) AS j
       JOIN audit_log AS a ON a.id = (
         SELECT max(id) FROM audit_log WHERE action = j.value AND entity <> 'clinic-export')`,
    )
    .pluck()
    .get(CHANGING_ACTIONS) as string | null;
}

export function summarize(db: Db): BackupContents {
  return {
    schemaVersion: schemaVersionOf(db),
    counts: countRows(db),
    newestRecordAt: newestRecordAt(db),
    sample: isSampleDatabase(db),
  };
}

export type Inspection =
  | { ok: true; contents: BackupContents; keyIndex: number; format: CipherFormat }
  | { ok: false; problem: 'wrong-key' | 'damaged' | 'not-a-backup'; detail: string };

/** Tables every Mesodesk database has had since its first version. */
const CORE_TABLES = ['patients', 'settings', 'audit_log'] as const;
/** An encrypted Mesodesk database is never smaller than its first few pages. */
const MIN_DATABASE_BYTES = 4096;
/** What makes a file a Mesodesk database rather than any SQLite file that happens to open. */
function identityProblem(db: Db): string | null {
  const appId = db.pragma('application_id', { simple: true }) as number;
  // 0: written before the application id was set; the core tables below still decide.
  if (appId !== 0 && appId !== MESODESK_APPLICATION_ID) return `application_id ${appId}`;
  const version = schemaVersionOf(db);
  if (version < FIRST_SCHEMA_VERSION) return `schema version ${version}`;
  const tables = new Set(
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[],
  );
  const missing = CORE_TABLES.filter((t) => !tables.has(t));
  return missing.length > 0 ? `missing tables: ${missing.join(', ')}` : null;
}

/**
 * The check of a copy just taken byte for byte from the live database: every page of every b-tree
 * is read, so each one decrypts and its tag authenticates (a single changed bit fails), and
 * together they account for every page of the file that is not free. The walk (dbstat) reads every
 * page but the last of each overflow chain, which it only counts: those are read after it
 * (overflow-tails.ts). The full integrity_check (indexes against rows) is what a restore runs
 * before anything is replaced. The connection's default cache is enough: the summary read next
 * (summarize) reads few pages (row counts from each table's smallest b-tree, the newest audit
 * entries), and a cache the size of the file cost more in fresh memory than it saved.
 */
export function pagesProblem(db: Db): string | null {
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const trees = db
    .prepare(
      `SELECT name, count(*) AS pages, sum(pagetype = 'overflow') AS overflow FROM dbstat GROUP BY name`,
    )
    .all() as { name: string; pages: number; overflow: number }[];
  const inTrees = trees.reduce((sum, tree) => sum + tree.pages, 0);
  // SQLite never uses the page that holds the lock bytes (at 1 GiB); it belongs to no b-tree.
  const lockPage = pageCount * pageSize > LOCK_BYTE_OFFSET ? 1 : 0;
  const expected = pageCount - free - lockPage;
  if (inTrees !== expected) return `${inTrees} pages in b-trees, ${expected} expected`;
  return overflowTailsProblem(
    db,
    trees.filter((tree) => tree.overflow > 0).map((tree) => tree.name),
  );
}

/** full: integrity_check (before a restore, and for backups found on disk); pages: see pagesProblem. */
export type InspectionDepth = 'full' | 'pages';

function structureProblem(db: Db, depth: InspectionDepth): string | null {
  if (depth === 'pages') return pagesProblem(db);
  const integrity = db.pragma('integrity_check', { simple: true });
  return integrity === 'ok' ? null : String(integrity);
}

/** A file that cannot be an encrypted Mesodesk database whatever the key: too short, plain or cut. */
function fileProblem(file: string): Inspection | null {
  const { databaseBytes } = readTrailer(file);
  if (databaseBytes < MIN_DATABASE_BYTES || isPlainSqliteFile(file)) {
    return {
      ok: false,
      problem: 'not-a-backup',
      detail: `${databaseBytes} bytes, not an encrypted database`,
    };
  }
  if (databaseBytes % 512 !== 0) {
    return { ok: false, problem: 'damaged', detail: `truncated: ${databaseBytes} bytes` };
  }
  return null;
}

const damaged = (error: unknown): Inspection => ({
  ok: false,
  problem: 'damaged',
  detail: error instanceof Error ? error.message : String(error),
});

/** The checks of inspectBackup on a connection already keyed (with `keys[keyIndex]`, in `format`). */
function inspectKeyed(db: Db, keyIndex: number, format: CipherFormat, depth: InspectionDepth): Inspection {
  const damage = structureProblem(db, depth);
  if (damage) return { ok: false, problem: 'damaged', detail: damage };
  const notOurs = identityProblem(db);
  if (notOurs) return { ok: false, problem: 'not-a-backup', detail: notOurs };
  return { ok: true, contents: summarize(db), keyIndex, format };
}

/**
 * Opens a backup read-only with each known key in turn, checks that it is a Mesodesk database (not an
 * empty, truncated or unrelated file), checks its integrity and summarises it.
 */
export function inspectBackup(
  file: string,
  keys: readonly Buffer[],
  nativeBinding?: string,
  depth: InspectionDepth = 'full',
): Inspection {
  const notADatabase = fileProblem(file);
  if (notADatabase) return notADatabase;
  for (const [keyIndex, key] of keys.entries()) {
    let db: Db | null = null;
    try {
      db = new Database(file, {
        readonly: true,
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
      return inspectKeyed(db, keyIndex, applyKey(db, key), depth);
    } catch (error) {
      if (error instanceof WrongKeyError) continue;
      return damaged(error);
    } finally {
      db?.close();
    }
  }
  return { ok: false, problem: 'wrong-key', detail: 'none of the keys opens this file' };
}

/**
 * The check of a copy just made (snapshot.ts) on the connection that folded its WAL, opened with its
 * one key: the same as inspectBackup at depth 'pages', without a second open and schema parse. Its
 * page cache is emptied first, so that every page is read from the file again, decrypted and
 * authenticated.
 */
export function inspectCopy(file: string, db: Db, format: CipherFormat): Inspection {
  const notADatabase = fileProblem(file);
  if (notADatabase) return notADatabase;
  try {
    db.pragma('shrink_memory');
    return inspectKeyed(db, 0, format, 'pages');
  } catch (error) {
    return damaged(error);
  }
}
