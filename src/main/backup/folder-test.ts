import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { fsyncFile } from '../files/durable';

const folderError = (message: string) => new AppError('VALIDATION', 'errors.validation', { folder: message });

/**
 * Proves a folder can hold backups before the clinic relies on it: a small file is written, flushed,
 * read back and removed. A folder that is missing, is a file, or refuses the write says so.
 */
export function testBackupFolder(folder: string): { folder: string } {
  const resolved = path.resolve(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw folderError('errors.folderMissing');
  }
  if (!stat.isDirectory()) throw folderError('errors.notAFolder');
  const probe = path.join(resolved, `.mesodesk-write-test-${crypto.randomBytes(6).toString('hex')}`);
  const content = crypto.randomBytes(32);
  try {
    fs.writeFileSync(probe, content, { mode: 0o600, flag: 'wx' });
    fsyncFile(probe);
    if (!fs.readFileSync(probe).equals(content)) throw new Error('read back differs');
  } catch {
    throw folderError('errors.folderNotWritable');
  } finally {
    fs.rmSync(probe, { force: true });
  }
  return { folder: resolved };
}
