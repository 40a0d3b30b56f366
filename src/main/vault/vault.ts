import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fail, type Result } from '../../shared/result';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { AppInfo, vaultContract } from '../../shared/vault/contract';
import type { VaultState, VaultStatus } from '../../shared/vault/schema';
import { type ApiContext, type Dispatch, isServiceChannel } from '../api';
import { newestVerifiedBackup, stageRestore, swapInto } from '../backup/restore';
import { backupsFolder } from '../backup/store';
import { anchorRestoredTrail, createBackupHandlers, setAsideDamaged } from '../backup/vault-backups';
import { WRITE_FORMAT, WrongKeyError } from '../db/open';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { FolderActions } from '../files/actions';
import { durableRename, removeCompanions } from '../files/durable';
import { ensurePrivateDir } from '../files/private';
import { databasePath } from '../paths';
import { restorePhotos } from '../photos/backup-photos';
import type { VaultHandlers } from '../route';
import { type AttemptGuard, createAttemptGuard } from './attempts';
import { DamagedDatabaseError } from './damage';
import { isPlainSqliteFile } from './encrypt-existing';
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
import { restoreClinicFromBackup } from './restore-clinic';
import { createSerialQueue } from './serial';
import { createVaultChannels } from './vault-channels';
import { createVaultData, type OpenData } from './vault-data';

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
  const vaultData = createVaultData({
    options,
    dbFile,
    keyfilePath,
    nextKeyfilePath,
    now,
    log,
    damagedDatabase: () => damagedDatabase(),
  });
  const { openWith, openWithAnyKey, openOrReportDamage, rekeyInto, lock } = vaultData;
  const recordVaultEvent = vaultData.recordEvent;

  const state = (): VaultState =>
    vaultData.current() ? 'unlocked' : fs.existsSync(keyfilePath) ? 'locked' : 'setup';
  const status = (): VaultStatus => ({
    state: state(),
    retryAfterMs: attempts.retryAfterMs(),
    autoLockMinutes: vaultData.current()?.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes,
  });

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
  async function setAsideOrphan(): Promise<void> {
    if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0 || isPlainSqliteFile(dbFile)) return;
    const kept = await setAsideDamaged(dbFile, backups.folder, now());
    log('[session] a database without a key file was kept aside', kept);
    fs.rmSync(dbFile, { force: true });
    removeCompanions(dbFile);
  }

  const vaultHandlers: VaultHandlers<keyof typeof vaultContract> = {
    'app.info': async () => ({
      version: options.appVersion,
      schemaVersion: vaultData.current()?.schemaVersion ?? null,
      dataDir: options.dataDir,
      transport: options.transport,
      sample: options.sample ?? false,
    }),

    'vault.status': async () => {
      if (vaultData.current()) vaultData.touch();
      return status();
    },

    'vault.setup': async (input) => {
      if (state() !== 'setup') throw new AppError('CONFLICT', 'errors.alreadySetUp');
      ensurePrivateDir(options.dataDir);
      const keyring: Keyring = { current: crypto.randomBytes(32), previous: [] };
      const { keyfile, recoveryKey } = await newKeyfile(keyring, input.passphrase);
      await setAsideOrphan();
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
      openWith(restored.keyring, { verified: true });
      await bringBackPhotos(input.file);
      recordVaultEvent('restore-backup', 'backup', restored.info.name);
      const open = vaultData.current();
      if (open) anchorRestoredTrail(options.dataDir, open.db, now());
      recordVaultEvent('unlock');
      return {
        recoveryKey: restored.recoveryKey,
        backupCreatedAt: restored.info.createdAt,
        patients: restored.info.contents?.counts.patients ?? 0,
      };
    },

    'vault.unlock': async (input) => {
      if (vaultData.current()) return status();
      attempts.refuseWhileDelayed();
      if (!(await unlockWithPending(input.passphrase))) {
        const keyring = await unwrapWithPassphrase(mustReadKeyfile(keyfilePath), input.passphrase);
        if (!keyring) attempts.wrongSecret('passphrase', 'errors.wrongPassphrase');
        unlockWithKeyfile(keyring);
      }
      attempts.succeeded();
      recordVaultEvent('unlock');
      await convertOlderFormat();
      await backups.automatic('daily');
      return status();
    },

    /** The database did not pass its check at unlock: set it aside and bring back a verified backup. */
    'vault.restoreDamaged': async (input) => {
      if (vaultData.current()) throw new AppError('CONFLICT', 'errors.notDamaged');
      attempts.refuseWhileDelayed();
      const keyring = await unwrapWithPassphrase(mustReadKeyfile(keyfilePath), input.passphrase);
      if (!keyring) attempts.wrongSecret('passphrase', 'errors.wrongPassphrase');
      attempts.succeeded();
      if (vaultData.opensCleanly(keyring)) throw new AppError('CONFLICT', 'errors.notDamaged');
      const staged = `${dbFile}.restoring`;
      const info = await stageRestore(
        path.resolve(input.file),
        staged,
        ringKeys(keyring),
        options.nativeBinding,
        options.sample ?? false,
      );
      await setAsideDamaged(dbFile, backups.folder, now());
      swapInto(staged, dbFile);
      openWith(keyring, { verified: true });
      await bringBackPhotos(input.file);
      recordVaultEvent('restore-backup', 'backup', info.name);
      const restored = vaultData.current();
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
      if (!vaultData.current()) openOrReportDamage(oldRing);
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

  /**
   * A database written before the move to AEGIS (SQLCipher 4 format) is converted once, at unlock:
   * a verified backup of it as it is first, then the same write-aside, verify and swap as a passphrase
   * change, under the same keys. A failure leaves the clinic in the older format, which still opens
   * and works; the next unlock tries again.
   */
  async function convertOlderFormat(): Promise<void> {
    const from = vaultData.current()?.format;
    if (!from || from === WRITE_FORMAT) return;
    try {
      const safety = await backups.backUpBeforeConversion();
      if (safety.status !== 'verified') throw new Error(`the backup before it is ${safety.status}`);
      vaultData.convertFormat();
    } catch (error) {
      log('[session] the database stays in its older format for now', error);
      if (!vaultData.current()) throw error;
    }
  }

  /** The photos a restored database names, from the store beside its backup file. */
  async function bringBackPhotos(backupFile: string): Promise<void> {
    const open = vaultData.current();
    if (!open) return;
    const report = await restorePhotos(open.db, path.resolve(backupFile), options.dataDir);
    if (report.problems.length) log('[session] photos missing beside the restored backup', report.problems);
  }

  /** Names the newest good backup in the answer (see namingNewestBackup), off the app's thread. */
  const damagedDatabase = () =>
    new AppError('CONFLICT', 'errors.databaseDamaged', undefined, { kind: 'damaged-database' });

  /** A damaged database's refusal offers the newest verified backup, looked up once the call is over. */
  async function namingNewestBackup(result: Result<unknown>): Promise<Result<unknown>> {
    const details = result.ok ? null : (result.error.details as { kind?: string } | undefined);
    if (result.ok || details?.kind !== 'damaged-database') return result;
    const backup = await newestVerifiedBackup(backups.folder);
    return fail({ ...result.error, details: { ...details, backup } });
  }

  const backups = createBackupHandlers({
    dataDir: options.dataDir,
    dbFile,
    nativeBinding: options.nativeBinding,
    sample: options.sample ?? false,
    now,
    log,
    open: () => vaultData.current(),
    keys: () => keysOf(vaultData.current()),
    keyfile: () => readKeyfile(keyfilePath),
    close: () => {
      vaultData.current()?.db.close();
    },
    reopen: (verified) => {
      const open = vaultData.current();
      if (open) openWith(open.keyring, { verified });
    },
  });
  const vaultChannels = createVaultChannels({ ...vaultHandlers, ...backups.handlers }, queue, options.log);

  const dispatch: Dispatch = async (channel, input): Promise<Result<unknown>> => {
    if (vaultChannels.has(channel)) return namingNewestBackup(await vaultChannels.call(channel, input));
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    if (vaultData.idle() && !queue.busy()) await queue.run(async () => lock());
    const open = vaultData.current();
    if (!open) return fail({ code: 'LOCKED', message: 'errors.appLocked' });
    vaultData.touch();
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
    database: (): Db | null => vaultData.current()?.db ?? null,
    /** The data keys, newest first, for opening backups; empty while locked. */
    keys: (): Buffer[] => keysOf(vaultData.current()),
    /** Settles when the background keeping of older documents' PDFs has finished (how many it kept). */
    pdfBackfill: vaultData.pdfBackfill,
    /** The backup taken when the app quits while unlocked. */
    backupOnQuit: () => backups.automatic('quit'),
    /** Locks and lets go of the data folder. */
    close,
  };
}

export type ClinicVault = ReturnType<typeof createClinicVault>;

const keysOf = (open: OpenData | null): Buffer[] => (open ? ringKeys(open.keyring) : []);
