import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/api/contract';
import type { AuditAction } from '../../shared/audit/schema';
import { fail, ok, type Result } from '../../shared/result';
import type { SessionState, SessionStatus } from '../../shared/session/schema';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import {
  type ApiContext,
  createApi,
  type Dispatch,
  isServiceChannel,
  parseInput,
  practitionerActor,
  settle,
} from '../api';
import { type AuditLog, createAuditLog } from '../audit/repository';
import { stageRestore, swapInto } from '../backup/restore';
import { anchorRestoredTrail, createBackupHandlers, setAsideDamaged } from '../backup/session-backups';
import { newestGoodBackup } from '../backup/store';
import { openDatabase, WrongKeyError } from '../db/open';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { FolderActions } from '../files/actions';
import { databasePath } from '../paths';
import { createSettingsService } from '../settings/service';
import { encryptPlainDatabase, isPlainSqliteFile } from './encrypt-existing';
import {
  createKeyfile,
  DEFAULT_KDF,
  type KdfParams,
  type Keyfile,
  type Keyring,
  readKeyfile,
  ringKeys,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  writeKeyfile,
} from './keyfile';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery-key';

export interface SessionOptions {
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
  /** Runs after the data is opened. */
  onUnlocked?: (db: Db) => void;
}

/** SQLite3MultipleCiphers re-encrypts only in rollback-journal mode. */
function rekey(db: Db, key: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
}

export const KEYFILE_NAME = 'mesodesk.keys.json';
const NEXT_KEYFILE_NAME = 'mesodesk.keys.next.json';

/** Wrong passphrase: 1 s, 2 s, 4 s ... up to a minute before the next attempt is accepted. */
export const retryDelayMs = (failures: number): number =>
  failures <= 0 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 1));

interface OpenData {
  db: Db;
  audit: AuditLog;
  keyring: Keyring;
  dispatch: Dispatch;
  schemaVersion: number;
  autoLockMinutes: number;
}

/**
 * The clinic's data behind its passphrase. Locked, the database is closed and its key dropped; every
 * service call answers LOCKED. Unlocked, calls go to the handler table. It auto-locks after the
 * configured idle time as a backstop to the renderer's own timer.
 */
export function createClinicSession(options: SessionOptions) {
  const now = options.now ?? (() => new Date());
  const kdf = options.kdf ?? DEFAULT_KDF;
  const dbFile = databasePath(options.dataDir);
  const keyfilePath = path.join(options.dataDir, KEYFILE_NAME);
  const nextKeyfilePath = path.join(options.dataDir, NEXT_KEYFILE_NAME);
  let data: OpenData | null = null;
  let failures = 0;
  let nextAttemptAt = 0;
  let lastActivity = now().getTime();

  const state = (): SessionState => (data ? 'unlocked' : fs.existsSync(keyfilePath) ? 'locked' : 'setup');
  const retryAfterMs = () => Math.max(0, nextAttemptAt - now().getTime());
  const status = (): SessionStatus => ({
    state: state(),
    retryAfterMs: retryAfterMs(),
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
    const dispatch = createApi({
      db,
      now,
      log: options.log,
      documentActions: options.documentActions,
      folderActions: options.folderActions,
      dataDir: options.dataDir,
    });
    const settings = createSettingsService({ db, now });
    const autoLockMinutes = settings.get().autoLockMinutes;
    const audit = createAuditLog(db, now, practitionerActor(settings));
    data = { db, audit, keyring, dispatch, schemaVersion, autoLockMinutes };
    lastActivity = now().getTime();
    options.onUnlocked?.(db);
  }

  function lock(): void {
    if (!data) return;
    recordSessionEvent('lock');
    data.db.close();
    for (const key of ringKeys(data.keyring)) key.fill(0);
    data = null;
  }

  function recordSessionEvent(action: AuditAction): void {
    const open = data;
    if (open) open.db.transaction(() => open.audit.append(action, 'session', null))();
  }

  function refuseWhileDelayed(): void {
    if (retryAfterMs() > 0) {
      throw new AppError('FORBIDDEN', 'errors.tooManyAttempts', undefined, { retryAfterMs: retryAfterMs() });
    }
  }

  function recordFailure(field: string, message: string): never {
    failures += 1;
    nextAttemptAt = now().getTime() + retryDelayMs(failures);
    throw new AppError('VALIDATION', message, { [field]: message }, { retryAfterMs: retryAfterMs() });
  }

  function mustReadKeyfile(): Keyfile {
    const keyfile = readKeyfile(keyfilePath);
    if (!keyfile) throw new AppError('CONFLICT', 'errors.notSetUp');
    return keyfile;
  }

  /** A passphrase change interrupted after the database was re-keyed leaves the new key file aside. */
  async function unwrapPending(passphrase: string): Promise<Keyring | null> {
    const pending = readKeyfile(nextKeyfilePath);
    if (!pending) return null;
    const keyring = await unwrapWithPassphrase(pending, passphrase);
    if (!keyring) return null;
    try {
      openWith(keyring);
      fs.renameSync(nextKeyfilePath, keyfilePath);
      return keyring;
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
      fs.rmSync(nextKeyfilePath, { force: true });
      return null;
    }
  }

  async function issueKeyfile(keyring: Keyring, passphrase: string, file = keyfilePath): Promise<string> {
    const recoveryKey = generateRecoveryKey();
    writeKeyfile(file, await createKeyfile(keyring, passphrase, recoveryKey, kdf, now()));
    return recoveryKey;
  }

  const sessionHandlers = {
    'app.info': async (): Promise<AppInfo> => ({
      version: options.appVersion,
      schemaVersion: data?.schemaVersion ?? null,
      dataDir: options.dataDir,
      transport: options.transport,
    }),

    'session.status': async () => {
      if (data) lastActivity = now().getTime();
      return status();
    },

    'session.setup': async (input: { passphrase: string }) => {
      if (state() !== 'setup') throw new AppError('CONFLICT', 'errors.alreadySetUp');
      fs.mkdirSync(options.dataDir, { recursive: true });
      const keyring: Keyring = { current: crypto.randomBytes(32), previous: [] };
      const recoveryKey = await issueKeyfile(keyring, input.passphrase);
      openWith(keyring);
      recordSessionEvent('create');
      return { recoveryKey };
    },

    'session.unlock': async (input: { passphrase: string }) => {
      if (data) return status();
      refuseWhileDelayed();
      if (!(await unwrapPending(input.passphrase))) {
        const keyring = await unwrapWithPassphrase(mustReadKeyfile(), input.passphrase);
        if (!keyring) recordFailure('passphrase', 'errors.wrongPassphrase');
        failures = 0;
        openOrReportDamage(keyring);
      }
      recordSessionEvent('unlock');
      backups.automatic('daily');
      return status();
    },

    /** The database did not pass its check at unlock: set it aside and bring back a verified backup. */
    'session.restoreDamaged': async (input: { passphrase: string; file: string }) => {
      if (data) throw new AppError('CONFLICT', 'errors.notDamaged');
      refuseWhileDelayed();
      const keyring = await unwrapWithPassphrase(mustReadKeyfile(), input.passphrase);
      if (!keyring) recordFailure('passphrase', 'errors.wrongPassphrase');
      failures = 0;
      const staged = `${dbFile}.restoring`;
      const info = stageRestore(path.resolve(input.file), staged, ringKeys(keyring), options.nativeBinding);
      setAsideDamaged(dbFile, backups.folder, now());
      swapInto(staged, dbFile);
      openWith(keyring);
      const open = data as OpenData | null;
      if (open) {
        open.db.transaction(() => open.audit.append('restore-backup', 'backup', info.name))();
        anchorRestoredTrail(options.dataDir, open.db, now());
      }
      recordSessionEvent('unlock');
      return status();
    },

    'session.lock': async () => {
      lock();
      return status();
    },

    'session.changePassphrase': async (input: { current: string; passphrase: string }) => {
      refuseWhileDelayed();
      const oldRing = await unwrapWithPassphrase(mustReadKeyfile(), input.current);
      if (!oldRing) recordFailure('current', 'errors.wrongPassphrase');
      failures = 0;
      if (!data) openWith(oldRing);
      const open = data as OpenData | null;
      if (!open) throw new AppError('INTERNAL', 'errors.internal');
      // New data key, the old ones kept for older backups. The new key file is written aside
      // first, so a crash at any point leaves a key file that opens the database (see unwrapPending).
      const keyring: Keyring = { current: crypto.randomBytes(32), previous: ringKeys(oldRing) };
      const recoveryKey = await issueKeyfile(keyring, input.passphrase, nextKeyfilePath);
      rekey(open.db, keyring.current);
      fs.renameSync(nextKeyfilePath, keyfilePath);
      open.keyring = keyring;
      recordSessionEvent('passphrase-change');
      return { recoveryKey };
    },

    'session.recover': async (input: { recoveryKey: string; passphrase: string }) => {
      refuseWhileDelayed();
      const keyfile = mustReadKeyfile();
      const keyring = await unwrapWithRecoveryKey(keyfile, normalizeRecoveryKey(input.recoveryKey));
      if (!keyring) recordFailure('recoveryKey', 'errors.wrongRecoveryKey');
      failures = 0;
      lock();
      // The recovery key has now been typed somewhere: a fresh one replaces it.
      const recoveryKey = await issueKeyfile(keyring, input.passphrase);
      openWith(keyring);
      recordSessionEvent('recover');
      return { recoveryKey };
    },
  } as const;

  /** Opens with a key the passphrase proved right: a file that still will not open is damaged. */
  function openOrReportDamage(keyring: Keyring): void {
    try {
      openWith(keyring);
    } catch (error) {
      const damaged =
        error instanceof DamagedDatabaseError ||
        error instanceof WrongKeyError ||
        (error instanceof Error && 'code' in error && /^SQLITE_(CORRUPT|NOTADB)/.test(String(error.code)));
      if (!damaged) throw error;
      options.log?.('[session] the database failed its integrity check', error);
      throw new AppError('CONFLICT', 'errors.databaseDamaged', undefined, {
        kind: 'damaged-database',
        backup: newestGoodBackup(backups.folder),
      });
    }
  }

  const backups = createBackupHandlers({
    dataDir: options.dataDir,
    dbFile,
    nativeBinding: options.nativeBinding,
    now,
    log: options.log ?? console.error,
    open: () => data,
    keys: () => (data ? ringKeys(data.keyring) : []),
    close: () => {
      data?.db.close();
    },
    reopen: () => {
      if (data) openWith(data.keyring);
    },
  });
  const allHandlers = { ...sessionHandlers, ...backups.handlers };

  type SessionHandlerName = keyof typeof allHandlers;
  const isSessionChannel = (name: unknown): name is SessionHandlerName =>
    typeof name === 'string' && Object.hasOwn(allHandlers, name);

  const dispatch: Dispatch = async (channel, input): Promise<Result<unknown>> => {
    if (isSessionChannel(channel)) {
      const parsed = parseInput(channel, input);
      if (!parsed.ok) return parsed;
      const handler = allHandlers[channel] as (i: unknown) => Promise<unknown>;
      return settle(channel, () => handler(parsed.value), options.log);
    }
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    if (data && now().getTime() - lastActivity > data.autoLockMinutes * 60_000) lock();
    if (!data) return fail({ code: 'LOCKED', message: 'errors.appLocked' });
    lastActivity = now().getTime();
    const result = await data.dispatch(channel, input);
    if (channel === 'settings.update' && result.ok) {
      data.autoLockMinutes = (result.value as { autoLockMinutes: number }).autoLockMinutes;
    }
    return result;
  };

  return {
    dispatch,
    status,
    lock,
    /** The open database, for main-process jobs (backups) that run while unlocked. */
    database: (): Db | null => data?.db ?? null,
    /** The data keys, newest first, for opening backups; empty while locked. */
    keys: (): Buffer[] => (data ? ringKeys(data.keyring) : []),
    /** The backup taken when the app quits while unlocked. */
    backupOnQuit: () => backups.automatic('quit'),
    close: lock,
  };
}

export type ClinicSession = ReturnType<typeof createClinicSession>;

class DamagedDatabaseError extends Error {
  constructor() {
    super('The database did not pass its integrity check');
  }
}

export { ok };
