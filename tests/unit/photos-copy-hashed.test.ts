import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyMissing } from '../../src/main/photos/photo-copy';

let dir: string;
let from: string;
let to: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'photo-copy-'));
  from = path.join(dir, 'from');
  to = path.join(dir, 'to');
  fs.mkdirSync(from);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A stored photo file: named by the SHA-256 of its bytes, a few megabytes so the copy takes several reads. */
function storedFile(size = 3 * 1024 * 1024 + 17): { name: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 251;
  const name = sha256(bytes);
  fs.writeFileSync(path.join(from, name), bytes);
  return { name, bytes };
}
const leftIn = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder) : []);

describe('a photo copied into a backup folder', () => {
  it('is hashed while it is copied: the source is read once and the copy is never read back', () => {
    const { name, bytes } = storedFile();
    const reads = vi.spyOn(fs, 'readSync');
    const readFiles = vi.spyOn(fs, 'readFileSync');
    const report = copyMissing([name], from, to);
    const bytesRead = reads.mock.results.reduce((sum, r) => sum + (r.value as number), 0);
    const filesRead = readFiles.mock.calls.length;
    vi.restoreAllMocks();
    expect(bytesRead).toBe(bytes.length);
    expect(filesRead).toBe(0);
    expect(report).toMatchObject({ copied: 1, copiedBytes: bytes.length, problems: [] });
    expect(fs.readFileSync(path.join(to, name)).equals(bytes)).toBe(true);
    expect(fs.statSync(path.join(to, name)).mode & 0o777).toBe(0o600);
    expect(leftIn(to)).toEqual([name]);
  });

  it('is refused when its bytes change while it is copied, leaving nothing behind', () => {
    const { name } = storedFile();
    const source = path.join(from, name);
    const realRead = fs.readSync;
    let calls = 0;
    // Another program rewrites the end of the file after the first megabyte was read.
    vi.spyOn(fs, 'readSync').mockImplementation(((...args: Parameters<typeof fs.readSync>) => {
      const read = (realRead as (...a: unknown[]) => number)(...args);
      if (++calls === 1) {
        const fd = fs.openSync(source, 'r+');
        fs.writeSync(fd, Buffer.from('changed'), 0, 7, 2 * 1024 * 1024);
        fs.closeSync(fd);
      }
      return read;
    }) as typeof fs.readSync);
    const report = copyMissing([name], from, to);
    expect(calls).toBeGreaterThan(1);
    expect(report).toMatchObject({ copied: 0, problems: [name] });
    expect(leftIn(to)).toEqual([]);
  });

  it('is refused when the source is damaged or missing, leaving nothing behind', () => {
    const damaged = storedFile(1000);
    const file = path.join(from, damaged.name);
    const bytes = fs.readFileSync(file);
    bytes[500] = (bytes[500] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    const missing = 'f'.repeat(64);
    const report = copyMissing([damaged.name, missing], from, to);
    expect(report).toMatchObject({ referenced: 2, copied: 0, problems: [damaged.name, missing] });
    expect(leftIn(to)).toEqual([]);
  });
});
