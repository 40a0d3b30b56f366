import { call, empty } from '../api/call';
import { restoreDamagedSchema } from '../backup/schema';
import * as s from './schema';

export interface AppInfo {
  version: string;
  /** Null while the data is locked. */
  schemaVersion: number | null;
  dataDir: string;
  transport: 'electron' | 'web';
  /** The sample clinic of invented patients is open (src/main/sample). */
  sample: boolean;
}

/** The clinic's data behind its passphrase: these channels work while the data is locked. */
export const vaultContract = {
  'app.info': call(empty).returns<AppInfo>(),
  'vault.status': call(empty).returns<s.VaultStatus>(),
  'vault.setup': call(s.vaultSetupSchema).returns<s.RecoveryKeyIssued>(),
  'vault.unlock': call(s.vaultUnlockSchema).returns<s.VaultStatus>(),
  'vault.lock': call(empty).returns<s.VaultStatus>(),
  'vault.changePassphrase': call(s.vaultChangePassphraseSchema).returns<s.RecoveryKeyIssued>(),
  'vault.recover': call(s.vaultRecoverSchema).returns<s.RecoveryKeyIssued>(),
  /** When unlock reports a damaged database: set it aside and restore a verified backup. */
  'vault.restoreDamaged': call(restoreDamagedSchema).returns<s.VaultStatus>(),
  /** First start on a new computer: bring a clinic back from a backup file alone. */
  'vault.restoreClinic': call(s.vaultRestoreClinicSchema).returns<s.ClinicRestored>(),
} as const;
