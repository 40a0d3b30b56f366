import type { BookingWarning, BookingWarningDetails } from '../../../shared/diary/schema';
import { ApiFailure } from '../api/clinic';

/** The booking warnings a refused booking or move carries, or null for any other failure. */
export function bookingWarningsOf(error: unknown): BookingWarning[] | null {
  if (!(error instanceof ApiFailure) || error.error.code !== 'CONFLICT') return null;
  const details = error.error.details as BookingWarningDetails | undefined;
  return details?.kind === 'bookingWarnings' ? details.warnings : null;
}
