import { durableRename } from './durable';
import { writePrivateFile } from './private';

/** Writes a small JSON file readable by this user only, atomically (temp file, fsync, rename). */
export function writePrivateJson(file: string, value: unknown): void {
  const tmp = `${file}.tmp`;
  writePrivateFile(tmp, JSON.stringify(value), { sync: true });
  durableRename(tmp, file);
}
