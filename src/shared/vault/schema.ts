import { z } from 'zod';
import { requiredString } from '../kernel/zod';

export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 200;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A rough strength estimate for the hint under the field: length and variety, with penalties for
 * repeats and sequences. The hard rule enforced in main is only the minimum length.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  if (chars.length < PASSPHRASE_MIN) return 'too-short';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) =>
    re.test(passphrase),
  ).length;
  const unique = new Set(chars.map((c) => c.toLowerCase())).size;
  const words = passphrase.trim().split(/\s+/).length;
  let score = Math.min(chars.length, 30) / 3 + classes * 2 + Math.min(unique, 15) / 3 + (words >= 3 ? 4 : 0);
  if (/(.)\1{2,}/u.test(passphrase)) score -= 3;
  if (/0123|1234|2345|3456|abcd|qwer|asdf|password|passwort|mesodesk/i.test(passphrase)) score -= 5;
  if (score >= 19) return 'strong';
  if (score >= 14) return 'fair';
  return 'weak';
}

const passphrase = z
  .string({ error: 'errors.required' })
  .min(1, { error: 'errors.required' })
  .max(PASSPHRASE_MAX, { error: 'errors.tooLong' });

const newPassphrase = z
  .string({ error: 'errors.required' })
  .max(PASSPHRASE_MAX, { error: 'errors.tooLong' })
  .refine((p) => [...p].length >= PASSPHRASE_MIN, { error: 'errors.passphraseTooShort' });

const confirmationMatches = {
  check: (v: { passphrase: string; confirmation: string }) => v.passphrase === v.confirmation,
  params: { error: 'errors.passphraseMismatch', path: ['confirmation'] },
};
const confirmation = z.string().max(PASSPHRASE_MAX);

export const vaultSetupSchema = z
  .strictObject({ passphrase: newPassphrase, confirmation })
  .refine(confirmationMatches.check, confirmationMatches.params);
export const vaultUnlockSchema = z.strictObject({ passphrase });
export const vaultChangePassphraseSchema = z
  .strictObject({ current: passphrase, passphrase: newPassphrase, confirmation })
  .refine(confirmationMatches.check, confirmationMatches.params);
export const vaultRecoverSchema = z
  .strictObject({
    recoveryKey: requiredString(100),
    passphrase: newPassphrase,
    confirmation,
  })
  .refine(confirmationMatches.check, confirmationMatches.params);

const backupFile = requiredString(1000);

/**
 * A new computer, a backup from the old one: opened with the passphrase that was current when the
 * backup was taken (the key file stays as it was), or with its recovery key and a new passphrase (a new
 * recovery key is issued).
 */
export const vaultRestoreClinicSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('passphrase'), file: backupFile, passphrase }),
  z
    .strictObject({
      method: z.literal('recoveryKey'),
      file: backupFile,
      recoveryKey: requiredString(100),
      passphrase: newPassphrase,
      confirmation,
    })
    .refine(confirmationMatches.check, confirmationMatches.params),
]);
export type VaultRestoreClinicInput = z.infer<typeof vaultRestoreClinicSchema>;

/** A clinic restored from a backup: a new recovery key when one was issued, and what was restored. */
export interface ClinicRestored {
  recoveryKey: string | null;
  backupCreatedAt: string;
  patients: number;
}

export type VaultState = 'setup' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** While a wrong-passphrase delay runs: milliseconds until the next attempt is accepted. */
  retryAfterMs: number;
  autoLockMinutes: number;
}

/** Returned once, when a key is created or replaced: the user must print or write it down. */
export interface RecoveryKeyIssued {
  recoveryKey: string;
}
