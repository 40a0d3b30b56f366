import { call, empty } from '../api/call';
import { restoreDamagedSchema } from '../backup/schema';
import {
  type ClinicRestored,
  type RecoveryKeyIssued,
  type VaultStatus,
  vaultChangePassphraseSchema,
  vaultRecoverSchema,
  vaultRestoreClinicSchema,
  vaultSetupSchema,
  vaultUnlockSchema,
} from './schema';

export interface AppInfo {
  version: string;
  /** Null while the data is locked. */
  schemaVersion: number | null;
  dataDir: string;
  transport: 'electron' | 'web';
}

/** The clinic's data behind its passphrase: these channels work while the data is locked. */
export const vaultContract = {
  'app.info': call<typeof empty, AppInfo>(empty),
  'vault.status': call<typeof empty, VaultStatus>(empty),
  'vault.setup': call<typeof vaultSetupSchema, RecoveryKeyIssued>(vaultSetupSchema),
  'vault.unlock': call<typeof vaultUnlockSchema, VaultStatus>(vaultUnlockSchema),
  'vault.lock': call<typeof empty, VaultStatus>(empty),
  'vault.changePassphrase': call<typeof vaultChangePassphraseSchema, RecoveryKeyIssued>(
    vaultChangePassphraseSchema,
  ),
  'vault.recover': call<typeof vaultRecoverSchema, RecoveryKeyIssued>(vaultRecoverSchema),
  /** When unlock reports a damaged database: set it aside and restore a verified backup. */
  'vault.restoreDamaged': call<typeof restoreDamagedSchema, VaultStatus>(restoreDamagedSchema),
  /** First start on a new computer: bring a clinic back from a backup file alone. */
  'vault.restoreClinic': call<typeof vaultRestoreClinicSchema, ClinicRestored>(vaultRestoreClinicSchema),
} as const;
