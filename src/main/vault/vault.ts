import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditAction } from '../../shared/audit/schema';
import { fail, type Result } from '../../shared/result';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { AppInfo, vaultContract } from '../../shared/vault/contract';
import type { VaultState, VaultStatus } from '../../shared/vault/schema';
import {
  type ApiContext,
  createApi,
  createServices,
  type Dispatch,
  isServiceChannel,
  practitionerActor,
} from '../api';
import { type AuditLog, createAuditLog } from '../audit/repository';
import { stageRestore, swapInto } from '../backup/restore';
import { backupsFolder, newestGoodBackup } from '../backup/store';
import { anchorRestoredTrail, createBackupHandlers, setAsideDamaged } from '../backup/vault-backups';
import { openDatabase, WrongKeyError } from '../db/open';
import type { Db } from '../db/types';
import { keepMissingPdfsInBackground } from '../documents/pdf-backfill';
import { AppError } from '../errors';
import type { FolderActions } from '../files/actions';
import { durableRename, removeCompanions } from '../files/durable';
import { ensurePrivateDir } from '../files/private';
import { databasePath } from '../paths';
import { restorePhotos } from '../photos/backup-photos';
import type { VaultHandlers } from '../route';
import { type AttemptGuard, createAttemptGuard } from './attempts';
import { DamagedDatabaseError, isDamage } from './damage';
import { encryptPlainDatabase, isPlainSqliteFile } from './encrypt-existing';
import { acquireFolderLock } from './folder-lock';
import {
  createKeyfileExclusive,
  DEFAULT_KDF,
  issueKeyfile,
  type KdfParams,
  type Keyring,
  mustReadKeyfile,
  readKeyfile,
  ringKeys,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyfile,
} from './keyfile';
import { sweepLeftovers } from './leftovers';
import { normalizeRecoveryKey } from './recovery-key';
import { rekeyingFileOf, writeRekeyedCopy } from './rekey';
import { restoreClinicFromBackup } from './restore-clinic';
import { createSerialQueue } from './serial';
import { createVaultChannels } from './vault-channels';

export { retryDelayMs } from './attempts';

/** What the vault needs from the app; see createClinicVault. */
export interface VaultOptions {
  dataDir: string;
  appVersion: string;
  transport: AppInfo['transport'];
  nativeBinding?: string;
  /** scrypt cost; tests lower it, the app keeps the default. */
  kdf?: KdfParams;
  now?: () => Date;
  log?: ApiContext['log'];
  /** The desktop print and save dialogs (Electron only). */
  documentActions?: ApiContext['documentActions'];
  /** The desktop folder picker (Electron only), for backups and exports. */
  folderActions?: FolderActions;
  /** The sample clinic's folder: its backups and the clinic's must never be restored into each other. */
  sample?: boolean;
  /** Runs after the data is opened. */
  onUnlocked?: (db: Db) => void;
}

export const KEYFILE_NAME = 'mesodesk.keys.json';
/** The key file of a passphrase change in progress; it becomes the key file once the swap is done. */
export const NEXT_KEYFILE_NAME = 'mesodesk.keys.next.json';

interface OpenData {
  db: Db;
  audit: AuditLog;
  /** The ring whose current key the open database is encrypted with. */
  keyring: Keyring;
  dispatch: Dispatch;
  schemaVersion: number;
  autoLockMinutes: number;
}

/**
 * The clinic's data behind its passphrase. Locked, the database is closed and its key dropped; every
 * service call answers LOCKED. Unlocked, calls go to the handler table. It auto-locks after the
 * configured idle time as a backstop to the renderer's own timer.
 *
 * The process holds the data folder's lock from creation until close(); session operations (setup,
 * unlock, lock, passphrase change, recovery, restores, backups) run one at a time.
 */
export function createClinicVault(options: VaultOptions) {
  const now = options.now ?? (() => new Date());
  const kdf = options.kdf ?? DEFAULT_KDF;
  const log = options.log ?? console.error;
  const dbFile = databasePath(options.dataDir);
  const keyfilePath = path.join(options.dataDir, KEYFILE_NAME);
  const nextKeyfilePath = path.join(options.dataDir, NEXT_KEYFILE_NAME);
  const folderLock = acquireFolderLock(options.dataDir, options.transport, now());
  const swept = sweepLeftovers(options.dataDir, backupsFolder(options.dataDir));
  if (swept.length > 0) log('[session] removed what an earlier crash left behind', swept);
  const attempts: AttemptGuard = createAttemptGuard(options.dataDir, now);
  const queue = createSerialQueue();
  let data: OpenData | null = null;
  /** The background job that keeps the PDFs of documents signed before PDFs were kept. */
  let pdfBackfill: Promise<number> = Promise.resolve(0);
  let lastActivity = now().getTime();

  const state = (): VaultState => (data ? 'unlocked' : fs.existsSync(keyfilePath) ? 'locked' : 'setup');
  const status = (): VaultStatus => ({
    state: state(),
    retryAfterMs: attempts.retryAfterMs(),
    autoLockMinutes: data?.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes,
  });

  function openWith(keyring: Keyring): void {
    const key = keyring.current;
    if (isPlainSqliteFile(dbFile)) encryptPlainDatabase(dbFile, key, options.nativeBinding, now());
    const { db, schemaVersion } = openDatabase(dbFile, { key, nativeBinding: options.nativeBinding, now });
    // A quick integrity check at every unlock: damage is reported, never worked on.
    if (db.pragma('quick_check', { simple: true }) !== 'ok') {
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
    };
    const services = createServices(context);
    const dispatch = createApi(context, services);
    const { settings } = services;
    const autoLockMinutes = settings.get().autoLockMinutes;
    const audit = createAuditLog(db, now, practitionerActor(settings));
    const opened: OpenData = { db, audit, keyring, dispatch, schemaVersion, autoLockMinutes };
    data = opened;
    lastActivity = now().getTime();
    pdfBackfill = keepMissingPdfsInBackground(services.documents, () => data === opened && db.open, log);
    // Photo files are checked at unlock for presence; each read checks the bytes (AES-GCM tag).
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
    recordVaultEvent('lock');
    data.db.close();
    for (const key of ringKeys(data.keyring)) key.fill(0);
    data = null;
  }

  function recordVaultEvent(action: AuditAction, entity = 'session', entityId: string | null = null): void {
    const open = data;
    if (open) open.db.transaction(() => open.audit.append(action, entity, entityId))();
  }

  /**
   * Re-encrypts the open database under the current key of `keyring` (whose key file is already on
   * disk as the pending one) and makes that key file the key file. Write-aside, verify, fsync, swap:
   * at every instant one of the two key files opens the database file that is in place.
   */
  function rekeyInto(keyring: Keyring): void {
    const open = data;
    if (!open) throw new AppError('LOCKED', 'errors.appLocked');
    const staged = rekeyingFileOf(dbFile);
    try {
      writeRekeyedCopy(open.db, staged, open.keyring.current, keyring.current, options.nativeBinding);
    } catch (error) {
      // Nothing was swapped: the database and its key file are as they were.
      removeCompanions(staged);
      fs.rmSync(staged, { force: true });
      fs.rmSync(nextKeyfilePath, { force: true });
      log('[session] the re-keyed copy could not be written; nothing was changed', error);
      throw error instanceof AppError ? error : new AppError('CONFLICT', 'errors.passphraseChangeFailed');
    }
    open.db.close();
    data = null;
    swapInto(staged, dbFile);
    durableRename(nextKeyfilePath, keyfilePath);
    openWith(keyring);
  }

  /**
   * A passphrase change that was cut off leaves the pending key file. Typed with the new passphrase,
   * the change is completed (the database is re-keyed if the swap had not happened yet).
   */
  async function unlockWithPending(passphrase: string): Promise<boolean> {
    const pending = readKeyfile(nextKeyfilePath);
    if (!pending) return false;
    const keyring = await unwrapWithPassphrase(pending, passphrase);
    if (!keyring) return false;
    let index: number;
    try {
      index = openWithAnyKey(keyring);
    } catch (error) {
      if (!(error instanceof WrongKeyError || error instanceof DamagedDatabaseError)) throw error;
      log('[session] the database failed its integrity check', error);
      throw damagedDatabase();
    }
    if (index === 0) durableRename(nextKeyfilePath, keyfilePath);
    else rekeyInto(keyring);
    return true;
  }

  /** Unlocks with the key file; if a pending change exists and was never swapped in, it is dropped. */
  function unlockWithKeyfile(keyring: Keyring): void {
    const pendingExists = fs.existsSync(nextKeyfilePath);
    try {
      openOrReportDamage(keyring);
    } catch (error) {
      const rekeyedAlready =
        pendingExists &&
        error instanceof AppError &&
        (error.details as { kind?: string } | undefined)?.kind === 'damaged-database';
      if (rekeyedAlready) throw new AppError('CONFLICT', 'errors.passphraseChangeInterrupted');
      throw error;
    }
    // The database opened with this key file: the pending one never took effect and can go.
    if (pendingExists) fs.rmSync(nextKeyfilePath, { force: true });
  }

  const newKeyfile = (keyring: Keyring, passphrase: string) => issueKeyfile(keyring, passphrase, kdf, now());

  /** A database with no key file beside it (a crash between two setups, a lost key file) is kept aside. */
  function setAsideOrphan(): void {
    if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0 || isPlainSqliteFile(dbFile)) return;
    const kept = setAsideDamaged(dbFile, backups.folder, now());
    log('[session] a database without a key file was kept aside', kept);
    fs.rmSync(dbFile, { force: true });
    removeCompanions(dbFile);
  }

  const vaultHandlers: VaultHandlers<keyof typeof vaultContract> = {
    'app.info': async () => ({
      version: options.appVersion,
      schemaVersion: data?.schemaVersion ?? null,
      dataDir: options.dataDir,
      transport: options.transport,
      sample: options.sample ?? false,
    }),

    'vault.status': async () => {
      if (data) lastActivity = now().getTime();
      return status();
    },

    'vault.setup': async (input) => {
      if (state() !== 'setup') throw new AppError('CONFLICT', 'errors.alreadySetUp');
      ensurePrivateDir(options.dataDir);
      const keyring: Keyring = { current: crypto.randomBytes(32), previous: [] };
      const { keyfile, recoveryKey } = await newKeyfile(keyring, input.passphrase);
      setAsideOrphan();
      if (!createKeyfileExclusive(keyfilePath, keyfile))
        throw new AppError('CONFLICT', 'errors.alreadySetUp');
      openWith(keyring);
      recordVaultEvent('create');
      // The first backup at once, not at the first unlock of tomorrow; awaited like unlock's, so no worker
      // still holds the database when setup answers (a lock or passphrase change may follow at once).
      await backups.automatic('daily');
      return { recoveryKey };
    },

    'vault.restoreClinic': async (input) => {
      if (state() !== 'setup') throw new AppError('CONFLICT', 'errors.alreadySetUp');
      attempts.refuseWhileDelayed();
      const restored = await restoreClinicFromBackup(input, {
        dataDir: options.dataDir,
        dbFile,
        keyfilePath,
        nativeBinding: options.nativeBinding,
        sample: options.sample ?? false,
        issueKeyfile: newKeyfile,
        wrongSecret: (field, message) => attempts.wrongSecret(field, message),
        beforeSwap: setAsideOrphan,
      });
      attempts.succeeded();
      openWith(restored.keyring);
      bringBackPhotos(input.file);
      recordVaultEvent('restore-backup', 'backup', restored.info.name);
      if (data) anchorRestoredTrail(options.dataDir, data.db, now());
      recordVaultEvent('unlock');
      return {
        recoveryKey: restored.recoveryKey,
        backupCreatedAt: restored.info.createdAt,
        patients: restored.info.contents?.counts.patients ?? 0,
      };
    },

    'vault.unlock': async (input) => {
      if (data) return status();
      attempts.refuseWhileDelayed();
      if (!(await unlockWithPending(input.passphrase))) {
        const keyring = await unwrapWithPassphrase(mustReadKeyfile(keyfilePath), input.passphrase);
        if (!keyring) attempts.wrongSecret('passphrase', 'errors.wrongPassphrase');
        unlockWithKeyfile(keyring);
      }
      attempts.succeeded();
      recordVaultEvent('unlock');
      await backups.automatic('daily');
      return status();
    },

    /** The database did not pass its check at unlock: set it aside and bring back a verified backup. */
    'vault.restoreDamaged': async (input) => {
      if (data) throw new AppError('CONFLICT', 'errors.notDamaged');
      attempts.refuseWhileDelayed();
      const keyring = await unwrapWithPassphrase(mustReadKeyfile(keyfilePath), input.passphrase);
      if (!keyring) attempts.wrongSecret('passphrase', 'errors.wrongPassphrase');
      attempts.succeeded();
      if (databaseOpensCleanly(keyring)) throw new AppError('CONFLICT', 'errors.notDamaged');
      const staged = `${dbFile}.restoring`;
      const info = stageRestore(
        path.resolve(input.file),
        staged,
        ringKeys(keyring),
        options.nativeBinding,
        options.sample ?? false,
      );
      setAsideDamaged(dbFile, backups.folder, now());
      swapInto(staged, dbFile);
      openWith(keyring);
      bringBackPhotos(input.file);
      recordVaultEvent('restore-backup', 'backup', info.name);
      const restored = data as OpenData | null;
      if (restored) anchorRestoredTrail(options.dataDir, restored.db, now());
      recordVaultEvent('unlock');
      return status();
    },

    'vault.lock': async () => {
      lock();
      return status();
    },

    'vault.changePassphrase': async (input) => {
      attempts.refuseWhileDelayed();
      const oldRing = await unwrapWithPassphrase(mustReadKeyfile(keyfilePath), input.current);
      if (!oldRing) attempts.wrongSecret('current', 'errors.wrongPassphrase');
      attempts.succeeded();
      if (!data) openOrReportDamage(oldRing);
      // New data key, the old ones kept for older backups.
      const keyring: Keyring = { current: crypto.randomBytes(32), previous: ringKeys(oldRing) };
      const { keyfile, recoveryKey } = await newKeyfile(keyring, input.passphrase);
      writeKeyfile(nextKeyfilePath, keyfile);
      rekeyInto(keyring);
      recordVaultEvent('passphrase-change');
      return { recoveryKey };
    },

    'vault.recover': async (input) => {
      attempts.refuseWhileDelayed();
      const keyring = await unwrapWithRecoveryKey(
        mustReadKeyfile(keyfilePath),
        normalizeRecoveryKey(input.recoveryKey),
      );
      if (!keyring) attempts.wrongSecret('recoveryKey', 'errors.wrongRecoveryKey');
      attempts.succeeded();
      lock();
      // Proven to open before the key file is replaced: a failure changes nothing.
      unlockWithKeyfile(keyring);
      // The recovery key has now been typed somewhere: a fresh one replaces it.
      const { keyfile, recoveryKey } = await newKeyfile(keyring, input.passphrase);
      writeKeyfile(keyfilePath, keyfile);
      recordVaultEvent('recover');
      return { recoveryKey };
    },
  };

  /** The photos a restored database names, from the store beside its backup file. */
  function bringBackPhotos(backupFile: string): void {
    const open = data as OpenData | null;
    if (!open) return;
    const report = restorePhotos(open.db, path.resolve(backupFile), options.dataDir);
    if (report.problems.length) log('[session] photos missing beside the restored backup', report.problems);
  }

  /** True when the database opens with the ring and passes its quick check (it is then closed again). */
  function databaseOpensCleanly(keyring: Keyring): boolean {
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
      throw damagedDatabase();
    }
  }

  const damagedDatabase = () =>
    new AppError('CONFLICT', 'errors.databaseDamaged', undefined, {
      kind: 'damaged-database',
      backup: newestGoodBackup(backups.folder),
    });

  const backups = createBackupHandlers({
    dataDir: options.dataDir,
    dbFile,
    nativeBinding: options.nativeBinding,
    sample: options.sample ?? false,
    now,
    log,
    open: () => data,
    keys: () => (data ? ringKeys(data.keyring) : []),
    keyfile: () => readKeyfile(keyfilePath),
    close: () => {
      data?.db.close();
    },
    reopen: () => {
      if (data) openWith(data.keyring);
    },
  });
  const vaultChannels = createVaultChannels({ ...vaultHandlers, ...backups.handlers }, queue, options.log);

  const dispatch: Dispatch = async (channel, input): Promise<Result<unknown>> => {
    if (vaultChannels.has(channel)) return vaultChannels.call(channel, input);
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    const idle = data && now().getTime() - lastActivity > data.autoLockMinutes * 60_000;
    if (idle && !queue.busy()) await queue.run(async () => lock());
    if (!data) return fail({ code: 'LOCKED', message: 'errors.appLocked' });
    lastActivity = now().getTime();
    const open = data;
    const result = await open.dispatch(channel, input);
    if (channel === 'settings.update' && result.ok) {
      open.autoLockMinutes = (result.value as { autoLockMinutes: number }).autoLockMinutes;
    }
    return result;
  };

  let closed = false;
  function close(): void {
    if (closed) return;
    closed = true;
    lock();
    folderLock.release();
  }

  return {
    dispatch,
    status,
    lock,
    /** The open database, for main-process jobs (backups) that run while unlocked. */
    database: (): Db | null => data?.db ?? null,
    /** The data keys, newest first, for opening backups; empty while locked. */
    keys: (): Buffer[] => (data ? ringKeys(data.keyring) : []),
    /** Settles when the background keeping of older documents' PDFs has finished (how many it kept). */
    pdfBackfill: (): Promise<number> => pdfBackfill,
    /** The backup taken when the app quits while unlocked. */
    backupOnQuit: () => backups.automatic('quit'),
    /** Locks and lets go of the data folder. */
    close,
  };
}

export type ClinicVault = ReturnType<typeof createClinicVault>;
