import { useRef, useState } from 'react';
import type { BookingWarning, BookingWarningDetails } from '../../../shared/diary/schema';
import { ApiFailure } from '../api/clinic';

/** The booking warnings a refused booking or move carries, or null for any other failure. */
export function bookingWarningsOf(error: unknown): BookingWarning[] | null {
  if (!(error instanceof ApiFailure) || error.error.code !== 'CONFLICT') return null;
  const details = error.error.details as BookingWarningDetails | undefined;
  return details?.kind === 'bookingWarnings' ? details.warnings : null;
}

/**
 * A booking or a move that main may refuse with warnings: `send` runs the call with the warnings
 * accepted so far and keeps any new ones to show; `acceptShown` accepts those for the next try.
 */
export function useBookingWarnings() {
  const accepted = useRef<BookingWarning[]>([]);
  const [warnings, setWarnings] = useState<BookingWarning[]>([]);
  return {
    warnings,
    async send<T>(call: (accept: BookingWarning[]) => Promise<T>): Promise<T> {
      try {
        return await call(accepted.current);
      } catch (failure) {
        setWarnings(bookingWarningsOf(failure) ?? []);
        throw failure;
      }
    },
    /** A fresh submit: nothing accepted yet. */
    reset() {
      accepted.current = [];
    },
    acceptShown() {
      accepted.current = warnings;
    },
  };
}

/** "Book anyway": accepts the warnings shown and submits again. */
export function AcceptWarningsButton({
  warnings,
  label,
  onAccept,
}: {
  warnings: { warnings: BookingWarning[]; acceptShown(): void };
  label: string;
  onAccept: () => void;
}) {
  if (!warnings.warnings.length) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        warnings.acceptShown();
        onAccept();
      }}
    >
      {label}
    </button>
  );
}
