import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  appointmentCancelSchema,
  appointmentSlotSchema,
  type DiaryEntry,
} from '../../../shared/diary/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { InputField } from '../components/form/fields';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { formatDate, formatWallTime } from '../format';
import { DiaryDialog } from './DiaryDialog';
import { EntrySummary } from './EntrySummary';
import { useDiaryChanged, useEntry } from './queries';
import { ReminderPanel } from './ReminderPanel';
import { SlotFields } from './SlotFields';
import { WarningList } from './WarningList';
import { AcceptWarningsButton, useBookingWarnings } from './warnings';

function MoveForm({ entry, onDone }: { entry: DiaryEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const changed = useDiaryChanged();
  const warned = useBookingWarnings();
  const { form, field } = useZodForm(appointmentSlotSchema, {
    date: entry.date,
    time: entry.time,
    durationMin: entry.durationMin,
  });
  const { submit, formError, pending } = useFormMutation(
    form,
    (slot) =>
      warned.send((accept) =>
        unwrap(clinic.appointments.move({ id: entry.id, version: entry.version, slot, accept })),
      ),
    {
      fieldPrefix: 'slot.',
      onSaved: async () => {
        await changed();
        onDone();
      },
    },
  );
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(e) => {
        warned.reset();
        void submit(e);
      }}
    >
      <div className="diary-grid">
        <SlotFields
          date={field('date')}
          time={field('time')}
          duration={field('durationMin', { valueAsNumber: true })}
        />
      </div>
      <FormAlert message={formError} />
      <WarningList warnings={warned.warnings} />
      <FormActions submitLabel={t('diary.open.saveMove')} pending={pending}>
        <AcceptWarningsButton
          warnings={warned}
          label={t('diary.book.moveAnyway')}
          onAccept={() => void submit()}
        />
      </FormActions>
    </form>
  );
}

function CancelForm({ entry, onDone }: { entry: DiaryEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const changed = useDiaryChanged();
  const { form, field } = useZodForm(appointmentCancelSchema, {
    id: entry.id,
    version: entry.version,
    reason: '',
  });
  const { submit, formError, pending } = useFormMutation(
    form,
    (input) => unwrap(clinic.appointments.cancel(input)),
    {
      onSaved: async () => {
        await changed();
        onDone();
      },
    },
  );
  return (
    <form className="inline-form" noValidate onSubmit={submit}>
      <InputField label={t('diary.open.cancelReason')} field={field('reason')} required wide />
      <FormAlert message={formError} />
      <FormActions submitLabel={t('diary.open.confirmCancel')} pending={pending} />
    </form>
  );
}

function EntryActions({ entry, onClose }: { entry: DiaryEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useDiaryChanged();
  const [mode, setMode] = useState<'move' | 'cancel' | null>(null);
  const step = useMutation({
    mutationFn: async (action: 'arrive' | 'noShow' | 'startSession') => {
      if (action === 'startSession') {
        const started = await unwrap(clinic.appointments.startSession({ id: entry.id }));
        navigate(`/patients/${started.patientId}/sessions/${started.sessionId}`);
        return;
      }
      await unwrap(clinic.appointments[action]({ id: entry.id, version: entry.version }));
    },
    onSuccess: () => changed(),
  });
  const failure =
    step.error instanceof ApiFailure ? step.error.error.message : step.error ? 'errors.internal' : null;
  const canStart =
    entry.courseId !== null &&
    (entry.status === 'booked' || entry.status === 'arrived' || entry.status === 'done');
  /** A button that opens its form under the buttons, and closes it when pressed again. */
  const opens = (form: 'move' | 'cancel', className: string, label: string) => (
    <button
      type="button"
      className={className}
      aria-expanded={mode === form}
      onClick={() => setMode(mode === form ? null : form)}
    >
      {label}
    </button>
  );
  return (
    <>
      <div className="button-row">
        {entry.status === 'booked' && (
          <button type="button" className="button button--primary" onClick={() => step.mutate('arrive')}>
            {t('diary.open.arrive')}
          </button>
        )}
        {canStart && (
          <button
            type="button"
            className={`button${entry.status === 'booked' ? '' : ' button--primary'}`}
            onClick={() => step.mutate('startSession')}
          >
            {entry.sessionId ? t('diary.open.openSession') : t('diary.open.startSession')}
          </button>
        )}
        {entry.status === 'booked' && (
          <>
            {opens('move', 'button', t('diary.open.move'))}
            <button type="button" className="button" onClick={() => step.mutate('noShow')}>
              {t('diary.open.noShow')}
            </button>
          </>
        )}
        {(entry.status === 'booked' || entry.status === 'arrived') &&
          opens('cancel', 'button button--danger', t('diary.open.cancel'))}
        <button type="button" className="button" onClick={() => navigate(`/patients/${entry.patientId}`)}>
          {t('diary.open.openPatient')}
        </button>
      </div>
      {entry.courseId === null && entry.status !== 'cancelled' && (
        <p className="muted small">{t('diary.open.noCourse')}</p>
      )}
      <FormAlert message={failure} />
      {mode === 'move' && <MoveForm entry={entry} onDone={() => setMode(null)} />}
      {mode === 'cancel' && <CancelForm entry={entry} onDone={onClose} />}
      {entry.status === 'booked' && (
        <ReminderPanel target={{ kind: 'appointment', id: entry.id, version: entry.version }} />
      )}
    </>
  );
}

/** One appointment opened: what it is, and what can be done with it now. */
export function AppointmentDialog({ entry, onClose }: { entry: DiaryEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <DiaryDialog
      titleId="appointment-title"
      title={
        entry
          ? t('diary.open.title', {
              name: entry.patientName,
              date: formatDate(entry.date),
              time: formatWallTime(entry.time),
            })
          : null
      }
      onClose={onClose}
      wide
    >
      {entry && (
        <>
          <EntrySummary entry={entry} />
          <EntryActions key={`${entry.id}-${entry.version}`} entry={entry} onClose={onClose} />
        </>
      )}
    </DiaryDialog>
  );
}

/** An appointment opened by its id, read afresh after every change. */
export function OpenedAppointment({ id, onClose }: { id: number | null; onClose: () => void }) {
  const entry = useEntry(id);
  return <AppointmentDialog entry={id === null ? null : (entry.data ?? null)} onClose={onClose} />;
}
