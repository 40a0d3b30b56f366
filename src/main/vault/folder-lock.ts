import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';
import { fsyncDir } from '../files/durable';

export const FOLDER_LOCK_NAME = 'mesodesk.lock';

export interface FolderLockOwner {
  pid: number;
  host: string;
  /** 'desktop' or 'web': named in the refusal so the user knows which window to close. */
  transport: string;
  since: string;
  token: string;
}

export class FolderInUseError extends AppError {
  constructor(
    readonly dataDir: string,
    readonly owner: FolderLockOwner,
  ) {
    super('CONFLICT', 'errors.folderInUse', undefined, {
      kind: 'folder-in-use',
      transport: owner.transport,
      pid: owner.pid,
      host: owner.host,
      since: owner.since,
    });
  }
}

function readOwner(file: string): FolderLockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as FolderLockOwner;
  } catch {
    return null;
  }
}

/** A lock left by a process that no longer runs on this computer can be taken over. */
function isStale(owner: FolderLockOwner | null): boolean {
  if (!owner || typeof owner.pid !== 'number') return true;
  if (owner.host !== os.hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * One process per data folder: the desktop app and browser mode (or two copies of either) must never
 * write the same database and key file together. The lock file is created exclusively; one left by a
 * process that died is taken over.
 */
export function acquireFolderLock(dataDir: string, transport: string, now: Date = new Date()) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, FOLDER_LOCK_NAME);
  const me: FolderLockOwner = {
    pid: process.pid,
    host: os.hostname(),
    transport,
    since: now.toISOString(),
    token: crypto.randomBytes(12).toString('hex'),
  };
  const body = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(file, body, { flag: 'wx', mode: 0o600 });
      fsyncDir(dataDir);
      return { file, owner: me, release: () => releaseFolderLock(file, me.token) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    if (!isStale(owner)) throw new FolderInUseError(dataDir, owner as FolderLockOwner);
    // Take over a stale lock by moving it out of the way first: of two takers, one rename wins.
    const aside = `${file}.stale-${me.token}`;
    try {
      fs.renameSync(file, aside);
    } catch {
      continue; // another process moved it first; the next attempt sees whatever is there now
    }
    const moved = readOwner(aside);
    if (moved && owner && moved.token !== owner.token) {
      // Between the read and the rename another process took the lock over: give it back.
      try {
        fs.linkSync(aside, file);
      } catch {
        // Someone else holds the name now; the next attempt sees it.
      }
    }
    fs.rmSync(aside, { force: true });
  }
  throw new FolderInUseError(dataDir, readOwner(file) ?? me);
}

export type FolderLock = ReturnType<typeof acquireFolderLock>;

function releaseFolderLock(file: string, token: string): void {
  if (readOwner(file)?.token === token) fs.rmSync(file, { force: true });
}

/** The refusal in words, for the desktop's error box and the browser-mode console. */
export function folderInUseText(dataDir: string, owner: FolderLockOwner): string {
  const who =
    owner.transport === 'web' ? 'Mesodesk in browser mode (npm run web)' : 'the Mesodesk desktop app';
  return (
    `The data folder ${dataDir} is already in use by ${who}, process ${owner.pid} on ${owner.host}, ` +
    `since ${owner.since}. Close it first: two programs writing one clinic database would damage it.`
  );
}
