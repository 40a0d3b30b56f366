import { WrongKeyError } from '../db/open';

/** The database opened but failed its quick check at unlock. */
export class DamagedDatabaseError extends Error {
  constructor() {
    super('The database did not pass its integrity check');
  }
}

/** True when a key the passphrase proved right still cannot open the file: it is damaged. */
export const isDamage = (error: unknown): boolean =>
  error instanceof DamagedDatabaseError ||
  error instanceof WrongKeyError ||
  (error instanceof Error && 'code' in error && /^SQLITE_(CORRUPT|NOTADB)/.test(String(error.code)));
