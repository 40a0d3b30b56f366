import fs from 'node:fs';
import path from 'node:path';

/**
 * Files Mesodesk writes are private to the user who runs it: folders 0700, files 0600. The process
 * umask is not relied on: every folder and file is created with an explicit mode and, because a mode
 * given at creation does not change a file that already exists, set again right after.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the folder and its missing parents 0700. A folder that already exists is left as it is:
 * it may be one the user chose (a USB stick, a shared folder); the data folder itself is tightened
 * at start-up by tightenDataDir.
 */
export function ensurePrivateDir(dir: string): void {
  const first = fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (first === undefined) return;
  // The mode given to mkdir passes through the umask: set it again on each folder created.
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    fs.chmodSync(at, PRIVATE_DIR_MODE);
    if (at === path.resolve(first) || at === path.dirname(at)) break;
  }
}

/** Makes an existing file 0600; a missing one is ignored (e.g. a -wal SQLite has not created). */
export function makePrivate(file: string): void {
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Writes (replacing) a file that only its owner can read; `sync` flushes it to the disk too. */
export function writePrivateFile(
  file: string,
  data: string | Uint8Array,
  options: { sync?: boolean } = {},
): void {
  const fd = fs.openSync(file, 'w', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
    fs.writeFileSync(fd, data);
    if (options.sync) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Appends to a file, creating it private if it does not exist. */
export function appendPrivateFile(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'a', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
    fs.writeFileSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * An empty private file for SQLite to fill (a database to open, a VACUUM INTO target): SQLite would
 * otherwise create it 0644 minus the umask, and its -wal, -shm and -journal take the database's mode.
 */
export function createPrivateEmptyFile(file: string): void {
  const fd = fs.openSync(file, 'a', PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
}

/** The database file and the side files SQLite keeps beside it. */
export const databaseSideFiles = (dbFile: string): string[] =>
  ['', '-wal', '-shm', '-journal'].map((suffix) => `${dbFile}${suffix}`);

/** Makes a database and whichever of its -wal, -shm and -journal exist private. */
export function makeDatabasePrivate(dbFile: string): void {
  for (const file of databaseSideFiles(dbFile)) makePrivate(file);
}

/**
 * At start-up: the data folder and everything in it become private, also what an older version or
 * another tool left readable. Symbolic links are neither followed nor changed.
 */
export function tightenDataDir(dataDir: string): void {
  ensurePrivateDir(dataDir);
  fs.chmodSync(dataDir, PRIVATE_DIR_MODE);
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        fs.chmodSync(full, PRIVATE_DIR_MODE);
        walk(full);
      } else if (entry.isFile()) {
        fs.chmodSync(full, PRIVATE_FILE_MODE);
      }
    }
  };
  walk(dataDir);
}
