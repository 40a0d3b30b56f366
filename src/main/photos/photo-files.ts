import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import {
  decryptPhoto,
  encryptPhoto,
  isPhotoFileName,
  PhotoFileError,
  photosFolder,
  readSealedFile,
  sealedFileIsWhole,
  writeSealedFile,
} from './file-store';

/** An image and its thumbnail encrypted into the photo folder. */
export interface SealedPhoto {
  imageFile: string;
  imageBytes: number;
  thumbFile: string;
  thumbBytes: number;
}

/** What the startup check found wrong with the photo files (names only, no patient data). */
export interface PhotoFileCheck {
  checked: number;
  missing: string[];
  damaged: string[];
}

export interface PhotoFilesDeps {
  db: Db;
  now: () => Date;
  /** The clinic's data folder; photos live in its `photos` folder. */
  dataDir: string;
}

/**
 * The photo folder: images sealed with the photo key (kept inside the encrypted database), read back
 * into memory, removed, and checked against the file names the `photos` rows refer to.
 */
export function createPhotoFiles({ db, now, dataDir }: PhotoFilesDeps) {
  const folder = photosFolder(dataDir);
  const keyRow = db.prepare<[], { key: Buffer }>('SELECT key FROM photo_store_key WHERE id = 1');
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO photo_store_key (id, key, created_at) VALUES (1, ?, ?)',
  );
  const allFiles = db.prepare<[], { image_file: string; thumb_file: string }>(
    'SELECT image_file, thumb_file FROM photos',
  );
  const filesOfPatient = db.prepare<[number], { image_file: string; thumb_file: string }>(
    'SELECT image_file, thumb_file FROM photos WHERE patient_id = ?',
  );

  /** The photo key, made on first use inside the encrypted database. */
  const key = db.transaction((): Buffer => {
    const found = keyRow.get();
    if (found) return found.key;
    insertKey.run(crypto.randomBytes(32), now().toISOString());
    return (keyRow.get() as { key: Buffer }).key;
  });

  /**
   * Encrypts an image and its thumbnail into the photo folder: their file names and sizes. Both files
   * or neither: an image whose thumbnail could not be written (a full disk) is removed.
   */
  function seal(image: Buffer, thumbnail: Buffer): SealedPhoto {
    const photoKey = key();
    const sealedImage = encryptPhoto(image, photoKey);
    const sealedThumb = encryptPhoto(thumbnail, photoKey);
    const imageFile = writeSealedFile(folder, sealedImage);
    try {
      const thumbFile = writeSealedFile(folder, sealedThumb);
      return { imageFile, imageBytes: sealedImage.length, thumbFile, thumbBytes: sealedThumb.length };
    } catch (error) {
      removeFiles([imageFile]);
      throw error;
    }
  }

  /** A sealed file decrypted in memory; a missing or damaged file is a CONFLICT the page can show. */
  function read(name: string): Buffer {
    try {
      return decryptPhoto(readSealedFile(folder, name), key());
    } catch (error) {
      if (error instanceof PhotoFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('CONFLICT', 'errors.photoFileDamaged');
      }
      throw error;
    }
  }

  /** Every file the database refers to. */
  const referencedFiles = (): string[] => allFiles.all().flatMap((r) => [r.image_file, r.thumb_file]);

  function removeFiles(names: readonly string[]): void {
    for (const name of names) {
      if (isPhotoFileName(name)) fs.rmSync(path.join(folder, name), { force: true });
    }
  }

  const queue = db.prepare('INSERT OR IGNORE INTO photo_files_to_remove (name, queued_at) VALUES (?, ?)');
  const queued = db.prepare<[], string>('SELECT name FROM photo_files_to_remove').pluck();
  const unqueue = db.prepare('DELETE FROM photo_files_to_remove WHERE name = ?');

  /** Lists files to remove, in the caller's transaction (an erasure's): removeQueued removes them. */
  function queueRemoval(names: readonly string[]): void {
    const at = now().toISOString();
    for (const name of names) if (isPhotoFileName(name)) queue.run(name, at);
  }

  /**
   * Removes the listed files that no photo row names (any more), then forgets the list. Run once an
   * erasure has committed, and at unlock for one a crash cut off. Returns how many were removed.
   */
  function removeQueued(): number {
    const names = queued.all();
    if (names.length === 0) return 0;
    const named = new Set(referencedFiles());
    const unnamed = names.filter((name) => !named.has(name));
    removeFiles(unnamed);
    db.transaction(() => {
      for (const name of names) unqueue.run(name);
    })();
    return unnamed.length;
  }

  return {
    folder,
    seal,
    read,
    removeFiles,
    queueRemoval,
    removeQueued,
    /** Whether either file of a photo row is gone from the folder. */
    missing: (r: { image_file: string; thumb_file: string }): boolean =>
      !fs.existsSync(path.join(folder, r.image_file)) || !fs.existsSync(path.join(folder, r.thumb_file)),
    /** The files of a patient's photos, read before an erasure so they can be removed after it. */
    filesOf: (patientId: number): string[] =>
      filesOfPatient.all(patientId).flatMap((r) => [r.image_file, r.thumb_file]),
    referencedFiles,
    /**
     * Every file a photo row names is there and whole (its bytes still hash to its name). Reading 2 GB
     * takes seconds, so `full: false` checks presence and size only.
     */
    checkFiles(full: boolean): PhotoFileCheck {
      const names = referencedFiles();
      const missing: string[] = [];
      const damaged: string[] = [];
      for (const name of names) {
        const file = path.join(folder, name);
        if (!fs.existsSync(file)) missing.push(name);
        else if (full && !sealedFileIsWhole(folder, name)) damaged.push(name);
      }
      return { checked: names.length, missing, damaged };
    },
  };
}
