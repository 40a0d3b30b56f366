import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Db } from '../../src/main/db/types';
import { backUpWithPhotos, backupPhotosFolder, photoManifestOf } from '../../src/main/photos/backup-photos';
import { photosFolder } from '../../src/main/photos/file-store';
import type { BackupInfo } from '../../src/shared/backup/schema';

const PHOTOS = 60;

let root: string;
let db: Db;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-photo-off-main-'));
  db = new Database(':memory:') as unknown as Db;
  db.exec('CREATE TABLE photos (image_file TEXT NOT NULL, thumb_file TEXT NOT NULL)');
});
afterEach(() => {
  db.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Writes a photo file under its content name, as the photo store does, and returns the name. */
function storedFile(folder: string, bytes: number): string {
  const data = crypto.randomBytes(bytes);
  const name = crypto.createHash('sha256').update(data).digest('hex');
  fs.writeFileSync(path.join(folder, name), data);
  return name;
}

it('copies and hashes a backup’s new photos while the main thread keeps running', async () => {
  const dataDir = path.join(root, 'clinic');
  const backups = path.join(root, 'backups');
  fs.mkdirSync(photosFolder(dataDir), { recursive: true });
  fs.mkdirSync(backups);
  const insert = db.prepare('INSERT INTO photos (image_file, thumb_file) VALUES (?, ?)');
  const names: string[] = [];
  for (let i = 0; i < PHOTOS; i++) {
    const image = storedFile(photosFolder(dataDir), 256 * 1024);
    const thumb = storedFile(photosFolder(dataDir), 8 * 1024);
    insert.run(image, thumb);
    names.push(image, thumb);
  }
  const store = backupPhotosFolder(backups);
  const storedNow = () =>
    fs.existsSync(store) ? fs.readdirSync(store).filter((n) => !n.endsWith('.partial')) : [];

  const file = path.join(backups, 'mesodesk-manual.db');
  const info: BackupInfo = {
    file,
    name: path.basename(file),
    kind: 'manual',
    createdAt: new Date(0).toISOString(),
    sizeBytes: 0,
    status: 'verified',
    contents: null,
    problem: null,
  };
  // The order things happen in, as the main thread sees them.
  const events: string[] = [];
  let storedAtTick = -1;
  setImmediate(() => {
    storedAtTick = storedNow().length;
    // The app writes on while the photos are copied.
    insert.run('0'.repeat(64), '1'.repeat(64));
    events.push('main thread ran');
  });
  const backup = backUpWithPhotos(db, dataDir, backups, async () => {
    events.push('database copied');
    fs.writeFileSync(file, 'backup');
    return info;
  });
  const result = await backup;
  events.push('backup done');

  expect(events).toEqual(['main thread ran', 'database copied', 'backup done']);
  // The main thread had its turn before the copy of the photos named before the backup was done.
  expect(storedAtTick).toBeLessThan(names.length);
  expect(storedNow().sort()).toEqual([...names].sort());
  expect(result.photos?.copied).toBe(names.length);
  // The row added meanwhile names files the data folder lacks: the backup says so.
  expect(result.status).toBe('damaged');
  expect(result.photos?.problems.sort()).toEqual(['0'.repeat(64), '1'.repeat(64)]);
  const manifest = JSON.parse(fs.readFileSync(photoManifestOf(file), 'utf8')) as { files: string[] };
  expect(manifest.files).toEqual(['0'.repeat(64), '1'.repeat(64), ...names].sort());
});
