import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/backup/schema';
import type { VaultRestoreClinicInput } from '../../shared/vault/schema';
import { readKeyTrailer } from '../backup/key-trailer';
import { stageRestore, swapInto } from '../backup/restore';
import { AppError } from '../errors';
import {
  createKeyfileExclusive,
  type Keyfile,
  type Keyring,
  ringKeys,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from './keyfile';
import { normalizeRecoveryKey } from './recovery-key';

export interface RestoreClinicHost {
  dataDir: string;
  dbFile: string;
  keyfilePath: string;
  nativeBinding?: string;
  /** The folder is the sample clinic's. */
  sample: boolean;
  issueKeyfile(keyring: Keyring, passphrase: string): Promise<{ keyfile: Keyfile; recoveryKey: string }>;
  /** Counts a wrong secret towards the retry delay and throws the field error. */
  wrongSecret(field: string, message: string): never;
  /** Keeps aside whatever database is in the folder without a key file. */
  beforeSwap(): Promise<void>;
}

export interface RestoredClinic {
  keyring: Keyring;
  info: BackupInfo;
  /** Issued when the backup was opened with its recovery key (a new passphrase was set). */
  recoveryKey: string | null;
}

/**
 * A new computer, nothing but a backup file: the backup carries the key file that was current when it
 * was taken. Opened with that passphrase, the key file is kept as it was (the passphrase and the printed
 * recovery key go on working); opened with the recovery key, a new passphrase and recovery key are set.
 * The backup is verified before the data folder is touched, and the key file is created exclusively.
 */
export async function restoreClinicFromBackup(
  input: VaultRestoreClinicInput,
  host: RestoreClinicHost,
): Promise<RestoredClinic> {
  const file = path.resolve(input.file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('VALIDATION', 'errors.backupMissing', { file: 'errors.backupMissing' });
  }
  const carried = readKeyTrailer(file);
  if (!carried)
    throw new AppError('VALIDATION', 'errors.backupHasNoKeys', { file: 'errors.backupHasNoKeys' });

  let keyring: Keyring | null;
  let keyfile: Keyfile = carried;
  let recoveryKey: string | null = null;
  if (input.method === 'passphrase') {
    keyring = await unwrapWithPassphrase(carried, input.passphrase);
    if (!keyring) host.wrongSecret('passphrase', 'errors.wrongBackupPassphrase');
  } else {
    keyring = await unwrapWithRecoveryKey(carried, normalizeRecoveryKey(input.recoveryKey));
    if (!keyring) host.wrongSecret('recoveryKey', 'errors.wrongRecoveryKey');
    ({ keyfile, recoveryKey } = await host.issueKeyfile(keyring, input.passphrase));
  }

  fs.mkdirSync(host.dataDir, { recursive: true, mode: 0o700 });
  const staged = `${host.dbFile}.restoring`;
  // Verified (integrity, identity, schema version) and re-encrypted with the ring's current key.
  let info: BackupInfo;
  try {
    info = await stageRestore(file, staged, ringKeys(keyring), host.nativeBinding, host.sample);
  } catch (error) {
    // Shown next to the file field: the file is what is wrong.
    if (error instanceof AppError)
      throw new AppError('VALIDATION', error.message, { file: error.message }, error.details);
    throw error;
  }
  await host.beforeSwap();
  swapInto(staged, host.dbFile);
  // The key file last: a crash before it leaves a database without a key file, which the next
  // attempt keeps aside; never a key file beside an empty or foreign database.
  if (!createKeyfileExclusive(host.keyfilePath, keyfile))
    throw new AppError('CONFLICT', 'errors.alreadySetUp');
  return { keyring, info, recoveryKey };
}
