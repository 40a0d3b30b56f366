import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../files/durable';
import { ensurePrivateDir, writePrivateFile } from '../files/private';
import { sha256Hex } from '../kernel/sha256';

/**
 * Photos at rest: each image is one AES-256-GCM file named by the SHA-256 of its encrypted bytes.
 * A file never changes once written, so a copy is checked by its name alone (backups copy only
 * names they lack), and the GCM tag proves on every read that the bytes are the ones written.
 * Layout of a file: MAGIC (5 bytes) | IV (12) | tag (16) | ciphertext.
 */
const MAGIC = Buffer.from('MDPH1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER = MAGIC.length + IV_BYTES + TAG_BYTES;

export const PHOTOS_FOLDER = 'photos';
export const photosFolder = (dataDir: string) => path.join(dataDir, PHOTOS_FOLDER);

const NAME = /^[0-9a-f]{64}$/;
export const isPhotoFileName = (name: string) => NAME.test(name);

export function encryptPhoto(plain: Buffer, key: Buffer): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(MAGIC);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

export class PhotoFileError extends Error {}

export function decryptPhoto(sealed: Buffer, key: Buffer): Buffer {
  if (sealed.length < HEADER || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new PhotoFileError('not a Mesodesk photo file');
  }
  const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = sealed.subarray(MAGIC.length + IV_BYTES, HEADER);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(MAGIC);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new PhotoFileError('a photo file does not match what was written');
  }
}

/**
 * Writes a sealed file into the folder under its hash: a private temporary file, flushed, then
 * renamed, so a crash leaves either nothing or the whole file. Returns the name.
 */
export function writeSealedFile(folder: string, sealed: Buffer): string {
  ensurePrivateDir(folder);
  const name = sha256Hex(sealed);
  const file = path.join(folder, name);
  if (fs.existsSync(file)) return name;
  const partial = `${file}.partial`;
  try {
    writePrivateFile(partial, sealed, { sync: true });
    fs.renameSync(partial, file);
  } catch (error) {
    // A full disk leaves no part of the file behind.
    fs.rmSync(partial, { force: true });
    throw error;
  }
  fsyncDir(folder);
  return name;
}

export function readSealedFile(folder: string, name: string): Buffer {
  if (!isPhotoFileName(name)) throw new PhotoFileError('not a photo file name');
  return fs.readFileSync(path.join(folder, name));
}

/** A stored file is whole when its bytes still hash to its name. */
export function sealedFileIsWhole(folder: string, name: string): boolean {
  try {
    return sha256Hex(readSealedFile(folder, name)) === name;
  } catch {
    return false;
  }
}
