import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupName } from '../../src/main/backup/store';
import { backupPhotosFolder, photoManifestOf, prunePhotoStore } from '../../src/main/photos/backup-photos';
import type { BackupKind } from '../../src/shared/backup/schema';

let folder: string;
let store: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-photo-prune-'));
  store = backupPhotosFolder(folder);
  fs.mkdirSync(store);
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A stored photo file: named by the SHA-256 of its bytes, as the store holds them. */
function storeFile(): string {
  const bytes = crypto.randomBytes(64);
  const name = crypto.createHash('sha256').update(bytes).digest('hex');
  fs.writeFileSync(path.join(store, name), bytes);
  return name;
}

/** A backup file in the folder, with the list of the photo files it names (none: a backup from before lists). */
function backup(kind: BackupKind, at: string, files?: string[]): string {
  const file = path.join(folder, backupName(kind, new Date(at)));
  fs.writeFileSync(file, 'backup');
  if (files) {
    fs.writeFileSync(photoManifestOf(file), JSON.stringify({ format: 'mesodesk.backup-photos/1', files }));
  }
  return file;
}

const inStore = () => fs.readdirSync(store).sort();

describe('pruning the photo store beside backups', () => {
  it('removes only files no kept backup names, with leftover partial copies and lists of removed backups', () => {
    const [a, b, c, d] = [storeFile(), storeFile(), storeFile(), storeFile()];
    backup('daily', '2026-06-01T08:00:00Z', [a, b] as string[]);
    const newer = backup('manual', '2026-06-02T08:00:00Z', [b, c] as string[]);
    fs.writeFileSync(path.join(store, `${d}.partial`), 'half a copy');
    // The list of a backup rotated away before its list was.
    const gone = photoManifestOf(path.join(folder, backupName('daily', new Date('2026-05-01T08:00:00Z'))));
    fs.writeFileSync(gone, JSON.stringify({ format: 'mesodesk.backup-photos/1', files: [d] }));

    const report = prunePhotoStore(folder);
    expect(report.removed.sort()).toEqual([d, `${d}.partial`].sort());
    expect(report.kept).toBe(3);
    expect(inStore()).toEqual([a, b, c].sort());
    expect(fs.existsSync(gone)).toBe(false);

    // The older backup goes (rotation): what only it named goes with the next pruning.
    fs.rmSync(path.join(folder, backupName('daily', new Date('2026-06-01T08:00:00Z'))));
    expect(prunePhotoStore(folder).removed).toEqual([a]);
    expect(inStore()).toEqual([b, c].sort());
    expect(fs.existsSync(photoManifestOf(newer))).toBe(true);
  });

  it('removes nothing while a backup has no photo list, except a set-aside damaged database', () => {
    const [a, b] = [storeFile(), storeFile()];
    backup('daily', '2026-06-01T08:00:00Z', [a] as string[]);
    backup('damaged', '2026-06-01T09:00:00Z');
    expect(prunePhotoStore(folder).removed).toEqual([b]);
    const c = storeFile();
    backup('manual', '2026-06-02T08:00:00Z');
    const report = prunePhotoStore(folder);
    expect(report.removed).toEqual([]);
    expect(report.blockedBy).toEqual([path.basename(backupName('manual', new Date('2026-06-02T08:00:00Z')))]);
    expect(inStore()).toContain(c);
  });

  it('killed part-way, leaves every file a kept backup needs; the next pruning finishes', async () => {
    const needed = Array.from({ length: 50 }, storeFile);
    backup('daily', '2026-06-01T08:00:00Z', needed);
    const stale = new Set(Array.from({ length: 6000 }, storeFile));
    const total = needed.length + stale.size;

    const child = spawn(
      path.resolve('node_modules/.bin/tsx'),
      ['tests/fixtures/prune-photo-store-child.ts', folder],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Killed as soon as the pruning is seen under way.
    let seen = total;
    while (seen === total && child.exitCode === null) {
      await new Promise((r) => setImmediate(r));
      seen = fs.readdirSync(store).length;
    }
    child.kill('SIGKILL');
    await exited;

    const left = inStore();
    for (const name of needed) expect(left).toContain(name);
    // Stopped part-way: some stale files removed, some still there.
    expect(left.length).toBeLessThan(total);
    expect(left.length).toBeGreaterThan(needed.length);
    prunePhotoStore(folder);
    expect(inStore()).toEqual([...needed].sort());
  });
});
