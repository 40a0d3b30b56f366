/** Result envelope used across IPC and the browser bridge: thrown Errors lose their fields there. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** A message key (see the renderer's i18n strings) or plain English text. */
  message: string;
  /** Field path (dot-joined) -> message key, for errors shown next to a form field. */
  fields?: Record<string, string>;
  /** Structured extra data, e.g. the existing records behind a duplicate warning. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
