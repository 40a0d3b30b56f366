import fs from 'node:fs';
import path from 'node:path';

/**
 * Names that only a crash leaves behind: half-written copies and temporary key files. Each is garbage
 * by construction (the real file is only ever replaced by a rename after the copy was verified), so the
 * start-up sweep removes them. The pending key file of an interrupted passphrase change
 * (mesodesk.keys.next.json) is NOT among them: it may be the only key file that opens the database.
 */
const DATA_DIR_LEFTOVERS = [
  /^mesodesk\.db\.(rekeying|restoring)(-journal|-wal|-shm)?$/,
  /^mesodesk\.(keys|keys\.next|attempts)\.json(\.[\w.-]+)?\.tmp$/,
  /^mesodesk\.lock\.stale-[0-9a-f]+$/,
];
const BACKUP_DIR_LEFTOVERS = [/\.partial(-journal|-wal|-shm)?$/];

function sweep(dir: string, patterns: readonly RegExp[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!patterns.some((p) => p.test(name))) continue;
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    fs.rmSync(file, { force: true });
    removed.push(file);
  }
  return removed;
}

/** A backup's record of its check (name.db.json) whose backup never arrived: the crash came in between. */
function sweepOrphanRecords(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const orphans = fs
    .readdirSync(dir)
    .filter(
      (name) => /^mesodesk-.+\.db\.json$/.test(name) && !fs.existsSync(path.join(dir, name.slice(0, -5))),
    )
    .map((name) => path.join(dir, name));
  for (const file of orphans) fs.rmSync(file, { force: true });
  return orphans;
}

/** Runs at start-up, once this process holds the folder lock (nobody else is mid-write). */
export function sweepLeftovers(dataDir: string, backupsDir: string): string[] {
  return [
    ...sweep(dataDir, DATA_DIR_LEFTOVERS),
    ...sweep(backupsDir, BACKUP_DIR_LEFTOVERS),
    ...sweepOrphanRecords(backupsDir),
  ];
}
