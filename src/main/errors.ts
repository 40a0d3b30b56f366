import type { ApiError, ErrorCode } from '../shared/result';

/** An expected failure with a code the renderer understands; turned into a Result at the API edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.fields) error.fields = this.fields;
    if (this.details !== undefined) error.details = this.details;
    return error;
  }
}

/**
 * The database or the disk, not the request, is the problem: another program holds the database
 * (SQLITE_BUSY / SQLITE_LOCKED after the busy timeout) or the disk is full (SQLITE_FULL, ENOSPC,
 * EDQUOT). Each is its own message; the transaction that met it was rolled back. Null otherwise.
 */
export function storageFailure(error: unknown): AppError | null {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return new AppError('CONFLICT', 'errors.databaseBusy');
  if (/^SQLITE_FULL(_|$)/.test(code) || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('CONFLICT', 'errors.diskFull');
  }
  return null;
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `errors.notFound.${what}`);

/** The record looked up, or NOT_FOUND for `what` when there is none. */
export function found<T>(record: T | null | undefined, what: string): T {
  if (!record) throw notFound(what);
  return record;
}

/** The record as read at `version`; CONFLICT (a stale edit) when it changed since. */
export function atVersion<T extends { version: number }>(record: T, version: number): T {
  if (record.version !== version)
    throw new AppError('CONFLICT', 'errors.staleEdit', undefined, { kind: 'stale' });
  return record;
}
