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
const BACKUP_DIR_LEFTOVERS = [/\.partial(-journal|-wal|-shm)?$/, /\.json\.tmp$/];
/** A backup's sidecar and its photo list are written just before the backup is renamed into place. */
const SIDECAR = /^(mesodesk-.+\.db)(\.photos)?\.json$/;

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

/** Sidecars whose backup never got its name: the crash came between the two renames. */
function sweepOrphanSidecars(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const backup = SIDECAR.exec(name)?.[1];
    if (!backup || fs.existsSync(path.join(dir, backup))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(path.join(dir, name));
  }
  return removed;
}

/** Runs at start-up, once this process holds the folder lock (nobody else is mid-write). */
export function sweepLeftovers(dataDir: string, backupsDir: string): string[] {
  return [
    ...sweep(dataDir, DATA_DIR_LEFTOVERS),
    ...sweep(backupsDir, BACKUP_DIR_LEFTOVERS),
    ...sweepOrphanSidecars(backupsDir),
  ];
}
