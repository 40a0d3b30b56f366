import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { BookingDialog, type BookingStart } from './BookingDialog';

/**
 * "Book" for what is due: asks main for the course's next unbooked session (its due window and the
 * first free working time in it) and opens the booking form with it filled in.
 */
export function BookDueButton({
  courseId,
  patientName,
  label,
  ariaLabel,
  className = 'button button--small',
}: {
  courseId: number;
  patientName?: string;
  label: string;
  /** A fuller name for assistive technology, where the visible label is short. */
  ariaLabel?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [start, setStart] = useState<BookingStart | null>(null);
  const proposal = useMutation({
    mutationFn: () => unwrap(clinic.appointments.proposal({ courseId })),
    onSuccess: (p) =>
      setStart({
        patientId: p.patientId,
        patientName,
        courseId: p.courseId,
        sessionNumber: p.sessionNumber,
        type: 'treatment',
        date: p.date,
        time: p.time,
        durationMin: p.durationMin,
        window: { dueDate: p.dueDate, latestDate: p.latestDate },
      }),
  });
  const failure = proposal.error instanceof ApiFailure ? proposal.error.error.message : null;
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => proposal.mutate()}
        disabled={proposal.isPending}
        aria-label={ariaLabel}
      >
        {label}
      </button>
      {failure && (
        <span className="field__error" role="alert">
          {t(failure)}
        </span>
      )}
      <BookingDialog start={start} onDone={() => setStart(null)} />
    </>
  );
}
