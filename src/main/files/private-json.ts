import fs from 'node:fs';
import { durableRename } from './durable';

/** Writes a small JSON file readable by this user only, atomically (temp file, fsync, rename). */
export function writePrivateJson(file: string, value: unknown): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, JSON.stringify(value));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  durableRename(tmp, file);
}
