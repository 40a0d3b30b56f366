import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { writePrivateJson } from '../files/private-json';

export const ATTEMPTS_NAME = 'mesodesk.attempts.json';

/** Wrong passphrase: 1 s, 2 s, 4 s ... up to a minute before the next attempt is accepted. */
export const retryDelayMs = (failures: number): number =>
  failures <= 0 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 1));

interface AttemptRecord {
  failures: number;
  nextAttemptAt: number;
}

export interface AttemptGuard {
  retryAfterMs(): number;
  failed(): void;
  succeeded(): void;
  refuseWhileDelayed(): void;
  wrongSecret(field: string, message: string): never;
}

/**
 * The wrong-passphrase delay, kept in a small file beside the database so that restarting the app
 * does not reset it. It holds no secret: a count and a time.
 */
export function createAttemptGuard(dataDir: string, now: () => Date): AttemptGuard {
  const file = path.join(dataDir, ATTEMPTS_NAME);
  let record: AttemptRecord = read();

  function read(): AttemptRecord {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<AttemptRecord>;
      const failures = Number.isInteger(parsed.failures) ? Math.max(0, parsed.failures as number) : 0;
      const at = Number.isFinite(parsed.nextAttemptAt) ? (parsed.nextAttemptAt as number) : 0;
      // A clock set back must not lock the clinic out for longer than the longest delay.
      return { failures, nextAttemptAt: Math.min(at, now().getTime() + retryDelayMs(failures)) };
    } catch {
      return { failures: 0, nextAttemptAt: 0 };
    }
  }

  function save(): void {
    if (record.failures === 0 && !fs.existsSync(file)) return;
    if (record.failures === 0) {
      fs.rmSync(file, { force: true });
      return;
    }
    writePrivateJson(file, record);
  }

  return {
    retryAfterMs: (): number => Math.max(0, record.nextAttemptAt - now().getTime()),
    failed(): void {
      record = { failures: record.failures + 1, nextAttemptAt: 0 };
      record.nextAttemptAt = now().getTime() + retryDelayMs(record.failures);
      save();
    },
    succeeded(): void {
      record = { failures: 0, nextAttemptAt: 0 };
      save();
    },
    /** Refuses any attempt while the delay after a wrong secret runs. */
    refuseWhileDelayed(): void {
      const wait = this.retryAfterMs();
      if (wait > 0)
        throw new AppError('FORBIDDEN', 'errors.tooManyAttempts', undefined, { retryAfterMs: wait });
    },
    /** Counts a wrong secret and refuses it on its field, saying how long to wait. */
    wrongSecret(field: string, message: string): never {
      this.failed();
      throw new AppError('VALIDATION', message, { [field]: message }, { retryAfterMs: this.retryAfterMs() });
    },
  };
}
