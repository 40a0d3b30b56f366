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

export const notFound = (what: string) => new AppError('NOT_FOUND', `errors.notFound.${what}`);
