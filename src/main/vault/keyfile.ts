import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { durableRename, fsyncDir } from '../files/durable';
import { writePrivateFile } from '../files/private';
import { generateRecoveryKey } from './recovery-key';

/**
 * The data key (32 random bytes) encrypts the database. It is stored only wrapped (AES-256-GCM) by
 * keys derived with scrypt from the passphrase and from the recovery key, in a small JSON file
 * beside the database. Without one of those secrets the file is useless. What is wrapped is a key
 * ring: the current data key and the ones it replaced, so backups taken before a passphrase change
 * can still be restored.
 */
export interface Keyring {
  current: Buffer;
  previous: Buffer[];
}

const KEY_BYTES = 32;
const packKeyring = (k: Keyring): Buffer => Buffer.concat([k.current, ...k.previous]);
function unpackKeyring(packed: Buffer): Keyring {
  const keys: Buffer[] = [];
  for (let at = 0; at + KEY_BYTES <= packed.length; at += KEY_BYTES)
    keys.push(packed.subarray(at, at + KEY_BYTES));
  const [current, ...previous] = keys;
  if (!current) throw new Error('Empty key ring');
  return { current, previous };
}

/** Every key of the ring, newest first. */
export const ringKeys = (k: Keyring): Buffer[] => [k.current, ...k.previous];
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** scrypt cost: about half a second and 128 MiB per derivation, which is what slows a guesser down. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

interface WrappedKey {
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface Keyfile {
  format: 'mesodesk-keyfile';
  version: 1;
  kdf: 'scrypt';
  params: KdfParams;
  passphrase: WrappedKey;
  recovery: WrappedKey;
  createdAt: string;
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

export function deriveKek(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      secret.normalize('NFC'),
      salt,
      32,
      { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

async function wrap(payload: Buffer, secret: string, params: KdfParams): Promise<WrappedKey> {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const kek = await deriveKek(secret, salt, params);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek, iv);
  const data = Buffer.concat([cipher.update(payload), cipher.final()]);
  return { salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** Returns the key ring, or null when the secret is wrong (the GCM tag does not verify). */
async function unwrap(wrapped: WrappedKey, secret: string, params: KdfParams): Promise<Keyring | null> {
  const kek = await deriveKek(secret, unb64(wrapped.salt), params);
  const decipher = crypto.createDecipheriv('aes-256-gcm', kek, unb64(wrapped.iv));
  decipher.setAuthTag(unb64(wrapped.tag));
  try {
    return unpackKeyring(Buffer.concat([decipher.update(unb64(wrapped.data)), decipher.final()]));
  } catch {
    return null;
  }
}

export async function createKeyfile(
  keyring: Keyring,
  passphrase: string,
  recoveryKey: string,
  params: KdfParams,
  now: Date,
): Promise<Keyfile> {
  return {
    format: 'mesodesk-keyfile',
    version: 1,
    kdf: 'scrypt',
    params,
    passphrase: await wrap(packKeyring(keyring), passphrase, params),
    recovery: await wrap(packKeyring(keyring), recoveryKey, params),
    createdAt: now.toISOString(),
  };
}

export const unwrapWithPassphrase = (k: Keyfile, passphrase: string) =>
  unwrap(k.passphrase, passphrase, k.params);
export const unwrapWithRecoveryKey = (k: Keyfile, recoveryKey: string) =>
  unwrap(k.recovery, recoveryKey, k.params);

/** Checks the shape of a key file's JSON (it may come from a backup on a stick: untrusted). */
export function parseKeyfile(json: string): Keyfile {
  const parsed = JSON.parse(json) as Partial<Keyfile> | null;
  const wrapped = (w: unknown): boolean =>
    typeof w === 'object' &&
    w !== null &&
    ['salt', 'iv', 'tag', 'data'].every((k) => typeof (w as Record<string, unknown>)[k] === 'string');
  const params = parsed?.params;
  const sane =
    parsed?.format === 'mesodesk-keyfile' &&
    parsed.version === 1 &&
    parsed.kdf === 'scrypt' &&
    typeof params === 'object' &&
    params !== null &&
    [params.N, params.r, params.p].every((n) => Number.isInteger(n) && n > 0) &&
    params.N <= 2 ** 20 &&
    params.r <= 16 &&
    params.p <= 4 &&
    wrapped(parsed.passphrase) &&
    wrapped(parsed.recovery);
  if (!sane) throw new Error('Unrecognised key file');
  return parsed as Keyfile;
}

export function readKeyfile(file: string): Keyfile | null {
  if (!fs.existsSync(file)) return null;
  try {
    return parseKeyfile(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`Unrecognised key file: ${file}`);
  }
}

function writeTemp(file: string, keyfile: Keyfile): string {
  const tmp = `${file}.tmp`;
  writePrivateFile(tmp, JSON.stringify(keyfile, null, 2), { sync: true });
  return tmp;
}

/** Writes atomically: a crash leaves either the old or the new file, never half of one. */
export function writeKeyfile(file: string, keyfile: Keyfile): void {
  durableRename(writeTemp(file, keyfile), file);
}

/**
 * Creates the key file only if none exists, atomically: a hard link fails when the name is taken, so
 * two first-start setups racing for one folder cannot both succeed. Returns false when one existed.
 */
export function createKeyfileExclusive(file: string, keyfile: Keyfile): boolean {
  const tmp = writeTemp(`${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`, keyfile);
  try {
    fs.linkSync(tmp, file);
    fsyncDir(path.dirname(file));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The clinic's key file, or CONFLICT when the clinic was never set up. */
export function mustReadKeyfile(file: string): Keyfile {
  const keyfile = readKeyfile(file);
  if (!keyfile) throw new AppError('CONFLICT', 'errors.notSetUp');
  return keyfile;
}

/** A key file for the ring under a passphrase, with a fresh recovery key (shown once, never stored). */
export async function issueKeyfile(
  keyring: Keyring,
  passphrase: string,
  kdf: KdfParams,
  at: Date,
): Promise<{ keyfile: Keyfile; recoveryKey: string }> {
  const recoveryKey = generateRecoveryKey();
  return { keyfile: await createKeyfile(keyring, passphrase, recoveryKey, kdf, at), recoveryKey };
}
