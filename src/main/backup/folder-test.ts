import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { fsyncFile } from '../files/durable';
import { runKeptWorker } from '../workers/kept';

type FolderProblem = 'errors.folderMissing' | 'errors.notAFolder' | 'errors.folderNotWritable';

/** The folder test as a job of the backup worker: the write and its flush never hold up the app's thread. */
export interface FolderTestJob {
  task: 'test-folder';
  folder: string;
}

export const isFolderTestJob = (job: unknown): job is FolderTestJob =>
  (job as { task?: unknown } | null)?.task === 'test-folder';

/** What the worker answers: the folder as resolved, or what is wrong with it (said next to the field). */
export type FolderTestResult = { folder: string; problem: null } | { folder: string; problem: FolderProblem };

/**
 * Proves a folder can hold backups before the clinic relies on it: a small file is written, flushed,
 * read back and removed. A folder that is missing, is a file, or refuses the write says so. Runs in
 * the backup worker (a slow or sleeping external drive can take seconds to answer).
 */
export function probeBackupFolder(job: FolderTestJob): FolderTestResult {
  const folder = path.resolve(job.folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return { folder, problem: 'errors.folderMissing' };
  }
  if (!stat.isDirectory()) return { folder, problem: 'errors.notAFolder' };
  const probe = path.join(folder, `.mesodesk-write-test-${crypto.randomBytes(6).toString('hex')}`);
  const content = crypto.randomBytes(32);
  try {
    fs.writeFileSync(probe, content, { mode: 0o600, flag: 'wx' });
    fsyncFile(probe);
    if (!fs.readFileSync(probe).equals(content)) throw new Error('read back differs');
  } catch {
    return { folder, problem: 'errors.folderNotWritable' };
  } finally {
    fs.rmSync(probe, { force: true });
  }
  return { folder, problem: null };
}

/** The folder test, run by the backup worker; a problem comes back as an error on the folder field. */
export async function testBackupFolder(folder: string): Promise<{ folder: string }> {
  const job: FolderTestJob = { task: 'test-folder', folder };
  const result = await runKeptWorker<FolderTestResult, never>('backup-worker', job);
  if (result.problem) throw new AppError('VALIDATION', 'errors.validation', { folder: result.problem });
  return { folder: result.folder };
}
