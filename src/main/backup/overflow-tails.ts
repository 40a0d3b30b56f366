import type { Db } from '../db/types';

/**
 * Reads every page of the overflow chains of these b-trees. The page walk (dbstat) follows each
 * chain only as far as it needs the next page's number, so the last page of every chain (the only
 * one, for most: the full-text index's blocks, the spelling dictionary's, the document templates)
 * would be counted without being read, decrypted or authenticated. A table's rows are read to their
 * last byte (every stored column's whole value); an index's chains are read by quick_check of its
 * table (an index entry spills over only when it holds a very long value: rare).
 * Returns what quick_check found wrong; a page that does not authenticate throws.
 */
export function overflowTailsProblem(db: Db, trees: readonly string[]): string | null {
  for (const tree of trees) {
    const entry =
      tree === 'sqlite_schema'
        ? { type: 'table', table: 'sqlite_schema' }
        : (db.prepare('SELECT type, tbl_name AS "table" FROM sqlite_schema WHERE name = ?').get(tree) as
            | { type: string; table: string }
            | undefined);
    if (!entry) return `${tree}: a b-tree the schema does not name`;
    if (entry.type === 'table') {
      readEveryValue(db, entry.table);
      continue;
    }
    const check = db.pragma(`quick_check("${entry.table.replaceAll('"', '""')}")`, { simple: true });
    if (check !== 'ok') return `${tree}: ${String(check)}`;
  }
  return null;
}

/** Every stored value of every row, in full (substr needs the value loaded; length alone would not). */
function readEveryValue(db: Db, table: string): void {
  const columns = db
    .prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (0, 3)')
    .pluck()
    .all(table) as string[];
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const lengths = columns.map((c) => `ifnull(length(substr(${quoted(c)}, -1)), 0)`).join(' + ');
  db.prepare(`SELECT total(${lengths}) FROM ${quoted(table)}`).get();
}
