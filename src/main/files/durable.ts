import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file's content to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * fsyncFile on libuv's thread pool: the flush starts at once and the calling thread can keep working
 * (even synchronously) while the disk is written; the promise settles once the file is on the disk.
 */
export function fsyncFileInBackground(file: string): Promise<void> {
  const fd = fs.openSync(file, 'r+');
  return new Promise((resolve, reject) => {
    fs.fsync(fd, (error) => {
      fs.close(fd, (closeError) => {
        const failure = error ?? closeError;
        if (failure) reject(failure);
        else resolve();
      });
    });
  });
}

/** Flushes a folder's entries (a rename or a new file) to the disk; not supported on Windows. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Renames atomically and makes the rename itself durable. */
export function durableRename(from: string, to: string): void {
  fs.renameSync(from, to);
  fsyncDir(path.dirname(to));
}

/** SQLite's companion files: none may outlive the database file they belong to. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

export function removeCompanions(dbFile: string): void {
  for (const suffix of SQLITE_COMPANIONS) fs.rmSync(`${dbFile}${suffix}`, { force: true });
}
