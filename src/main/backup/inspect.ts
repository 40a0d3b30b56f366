import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupContents } from '../../shared/backup/schema';
import { applyKey, schemaVersionOf, WrongKeyError } from '../db/open';
import type { Db } from '../db/types';

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

/** The latest change to a clinical record; the audit trail (which logs the backup itself) does not count. */
function newestRecordAt(db: Db): string | null {
  const columns = db
    .prepare(
      `SELECT m.name AS tbl, p.name AS col FROM sqlite_master m JOIN pragma_table_info(m.name) p
       WHERE m.type = 'table' AND m.name <> 'audit_log' AND p.name IN ('updated_at', 'created_at', 'at')`,
    )
    .all() as { tbl: string; col: string }[];
  let newest: string | null = null;
  for (const { tbl, col } of columns) {
    const value = db.prepare(`SELECT max("${col}") FROM "${tbl}"`).pluck().get() as string | null;
    if (value && (!newest || value > newest)) newest = value;
  }
  return newest;
}

export function summarize(db: Db): BackupContents {
  return { schemaVersion: schemaVersionOf(db), counts: countRows(db), newestRecordAt: newestRecordAt(db) };
}

export type Inspection =
  | { ok: true; contents: BackupContents; keyIndex: number }
  | { ok: false; problem: 'wrong-key' | 'damaged'; detail: string };

/** Opens a backup read-only with each known key in turn, checks its integrity and summarises it. */
export function inspectBackup(file: string, keys: readonly Buffer[], nativeBinding?: string): Inspection {
  for (const [keyIndex, key] of keys.entries()) {
    let db: Db | null = null;
    try {
      db = new Database(file, {
        readonly: true,
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
      applyKey(db, key);
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return { ok: false, problem: 'damaged', detail: String(integrity) };
      return { ok: true, contents: summarize(db), keyIndex };
    } catch (error) {
      if (error instanceof WrongKeyError) continue;
      return {
        ok: false,
        problem: 'damaged',
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      db?.close();
    }
  }
  return { ok: false, problem: 'wrong-key', detail: 'none of the keys opens this file' };
}
