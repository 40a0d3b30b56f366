import type { ApiError } from '../../../shared/result';
import { ApiFailure } from './clinic';

/** What main answered for a failed call, or null when the call failed some other way. */
export function apiError(thrown: unknown): ApiError | null {
  return thrown instanceof ApiFailure ? thrown.error : null;
}

/** The message key to show for a failed call: main's, or the generic one. */
export function failureMessage(thrown: unknown): string {
  return apiError(thrown)?.message ?? 'errors.internal';
}
