import fs from 'node:fs';
import type { AuditAction } from '../../shared/audit/schema';
import { createApi, createServices, type Dispatch, practitionerActor } from '../api';
import { type AuditLog, createAuditLog } from '../audit/repository';
import { swapInto } from '../backup/restore';
import { type CipherFormat, openDatabase, WRITE_FORMAT, WrongKeyError } from '../db/open';
import type { Db } from '../db/types';
import { keepMissingPdfs } from '../documents/pdf-backfill';
import { AppError } from '../errors';
import { durableRename, removeCompanions } from '../files/durable';
import { DamagedDatabaseError, isDamage } from './damage';
import { encryptPlainDatabase, isPlainSqliteFile } from './encrypt-existing';
import { type Keyring, ringKeys } from './keyfile';
import { rekeyingFileOf, writeRekeyedCopy } from './rekey';
import type { VaultOptions } from './vault';

export interface OpenData {
  db: Db;
  audit: AuditLog;
  /** The ring whose current key the open database is encrypted with. */
  keyring: Keyring;
  dispatch: Dispatch;
  schemaVersion: number;
  /** How the file is encrypted; an older format is converted after unlock (see convertFormat). */
  format: CipherFormat;
  autoLockMinutes: number;
  /** Who the audit entries are written as (the practitioner named in the settings). */
  actor: () => string;
}

export interface VaultDataHost {
  options: VaultOptions;
  dbFile: string;
  keyfilePath: string;
  nextKeyfilePath: string;
  now: () => Date;
  log: NonNullable<VaultOptions['log']>;
  /** The error a database that fails its check is reported with (it names the newest good backup). */
  damagedDatabase: () => AppError;
}

/**
 * The clinic database while it is open: opening it under a key ring (with its integrity check and
 * handler table), closing it and dropping its keys, and re-keying it to a new ring.
 */
export function createVaultData(host: VaultDataHost) {
  const { options, dbFile, now, log } = host;
  let data: OpenData | null = null;
  /** The background job that keeps the PDFs of documents signed before PDFs were kept. */
  let pdfBackfill: Promise<number> = Promise.resolve(0);
  let lastActivity = now().getTime();

  /**
   * Opens the database file with the ring's current key. `verified`: the file in place is a copy whose
   * full integrity_check passed moments ago, before the rename that put it there (a restore's staged
   * copy, a re-encrypted one), so the quick check, which reads every page again on this thread (about
   * 90–230 ms at 10,000 patients), is not repeated.
   */
  function openWith(keyring: Keyring, { verified = false }: { verified?: boolean } = {}): void {
    const key = keyring.current;
    if (isPlainSqliteFile(dbFile)) encryptPlainDatabase(dbFile, key, options.nativeBinding, now());
    const { db, schemaVersion, format } = openDatabase(dbFile, {
      key,
      nativeBinding: options.nativeBinding,
      now,
    });
    // A quick integrity check at every unlock: damage is reported, never worked on.
    if (!verified && db.pragma('quick_check', { simple: true }) !== 'ok') {
      db.close();
      throw new DamagedDatabaseError();
    }
    const context = {
      db,
      now,
      log: options.log,
      documentActions: options.documentActions,
      folderActions: options.folderActions,
      dataDir: options.dataDir,
      dbAccess: { key, nativeBinding: options.nativeBinding },
    };
    const services = createServices(context);
    const dispatch = createApi(context, services);
    const { settings } = services;
    const autoLockMinutes = settings.get().autoLockMinutes;
    const actor = practitionerActor(settings);
    const audit = createAuditLog(db, now, actor);
    const opened: OpenData = {
      db,
      audit,
      keyring,
      dispatch,
      schemaVersion,
      format: format ?? WRITE_FORMAT,
      autoLockMinutes,
      actor,
    };
    data = opened;
    lastActivity = now().getTime();
    pdfBackfill = keepMissingPdfs(services.documents, () => data === opened && db.open, log);
    // Photo files are checked at unlock for presence; each read checks the bytes (AES-GCM tag).
    // An erasure's photo files a crash left behind go now (photo-files.ts, removeQueued).
    services.photos.removeQueued();
    const photoCheck = services.photos.checkFiles(false);
    if (photoCheck.missing.length) log('[session] photo files are missing from the data folder', photoCheck);
    options.onUnlocked?.(db);
  }

  /** Opens with the first key of the ring that fits; returns that key's place in the ring. */
  function openWithAnyKey(keyring: Keyring): number {
    const keys = ringKeys(keyring);
    for (const [index, key] of keys.entries()) {
      try {
        openWith({ current: key, previous: keys.filter((_, i) => i !== index) });
        return index;
      } catch (error) {
        if (!(error instanceof WrongKeyError)) throw error;
      }
    }
    throw new WrongKeyError();
  }

  function lock(): void {
    if (!data) return;
    recordEvent('lock');
    data.db.close();
    for (const key of ringKeys(data.keyring)) key.fill(0);
    data = null;
  }

  function recordEvent(action: AuditAction, entity = 'session', entityId: string | null = null): void {
    const open = data;
    if (open) open.db.transaction(() => open.audit.append(action, entity, entityId))();
  }

  /**
   * Re-encrypts the open database under the current key of `keyring`, in the write format: write
   * aside, verify, fsync, then one rename swaps the copy in and the ring's database is opened again.
   * A crash before the rename leaves the old file (and a stray copy the next start removes), after it
   * the new one. `undo` runs when the copy could not be written; `swapped` right after the rename.
   */
  function reencryptInto(
    keyring: Keyring,
    steps: { failure?: string; undo?(): void; swapped?(): void; amend?(copy: Db): void } = {},
  ): void {
    const open = data;
    if (!open) throw new AppError('LOCKED', 'errors.appLocked');
    const staged = rekeyingFileOf(dbFile);
    try {
      writeRekeyedCopy(
        open.db,
        staged,
        open.keyring.current,
        keyring.current,
        options.nativeBinding,
        steps.amend,
      );
    } catch (error) {
      // Nothing was swapped: the database and its key file are as they were.
      removeCompanions(staged);
      fs.rmSync(staged, { force: true });
      steps.undo?.();
      log('[session] the re-encrypted copy could not be written; nothing was changed', error);
      throw error instanceof AppError || !steps.failure ? error : new AppError('CONFLICT', steps.failure);
    }
    open.db.close();
    data = null;
    swapInto(staged, dbFile);
    steps.swapped?.();
    openWith(keyring, { verified: true });
  }

  /**
   * Re-keys to a new ring whose key file is already on disk as the pending one, and makes it the key
   * file: at every instant one of the two key files opens the database file that is in place.
   */
  function rekeyInto(keyring: Keyring): void {
    reencryptInto(keyring, {
      failure: 'errors.passphraseChangeFailed',
      undo: () => fs.rmSync(host.nextKeyfilePath, { force: true }),
      swapped: () => durableRename(host.nextKeyfilePath, host.keyfilePath),
    });
  }

  /**
   * Converts the open database from an older format to the write format, under the same key ring. The
   * audit entry is written into the converted copy before it is swapped in, so whatever moment a crash
   * comes, the file in place is either the old one without the entry or the new one with it.
   */
  function convertFormat(): void {
    const open = data;
    if (!open) throw new AppError('LOCKED', 'errors.appLocked');
    const conversion = `${open.format} → ${WRITE_FORMAT}`;
    // The same keys: the key files stay as they are, and either file opens with them.
    reencryptInto(open.keyring, {
      amend: (copy) =>
        createAuditLog(copy, now, open.actor).append('format-conversion', 'clinic', conversion),
    });
  }

  /** True when the database opens with the ring and passes its quick check (it is then closed again). */
  function opensCleanly(keyring: Keyring): boolean {
    try {
      openWith(keyring);
    } catch {
      return false;
    }
    const open = data as OpenData | null;
    open?.db.close();
    data = null;
    return true;
  }

  /** Opens with a key the passphrase proved right: a file that still will not open is damaged. */
  function openOrReportDamage(keyring: Keyring): void {
    try {
      openWith(keyring);
    } catch (error) {
      if (!isDamage(error)) throw error;
      log('[session] the database failed its integrity check', error);
      throw host.damagedDatabase();
    }
  }

  return {
    /** The open database and its handler table; null while locked. */
    current: (): OpenData | null => data,
    openWith,
    openWithAnyKey,
    openOrReportDamage,
    opensCleanly,
    rekeyInto,
    convertFormat,
    lock,
    recordEvent,
    pdfBackfill: (): Promise<number> => pdfBackfill,
    /** Notes activity (a call while unlocked), for the auto-lock. */
    touch: (): void => {
      lastActivity = now().getTime();
    },
    /** True when unlocked and idle for longer than the configured auto-lock time. */
    idle: (): boolean => data !== null && now().getTime() - lastActivity > data.autoLockMinutes * 60_000,
  };
}
