import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Course, courseFieldsSchema, singleSessionCourse } from '../../../shared/treatments/schema';
import { clinic, unwrap } from '../api/clinic';
import { failureMessage } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { TextField } from '../components/form/TextField';
import { Modal } from '../components/Modal';
import { sessionLabel } from './CoursePanel';
import { useCourses, useInvalidateTreatments } from './queries';

const SINGLE = 'single';

/**
 * "New session" on the patient page: go on with one of the patient's active courses, or record a
 * single session (a one-session course is made for it), without planning a course first.
 */
export function NewSessionButton({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small button--primary" onClick={() => setOpen(true)}>
        {t('treatments.newSession.button')}
      </button>
      {open && <NewSessionDialog patientId={patientId} onClose={() => setOpen(false)} />}
    </>
  );
}

function NewSessionDialog({ patientId, onClose }: { patientId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const invalidate = useInvalidateTreatments();
  const active = (useCourses(patientId).data ?? []).filter((c) => c.status === 'active');
  const [choice, setChoice] = useState<string>(() => (active[0] ? String(active[0].id) : SINGLE));
  const [indication, setIndication] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = active.some((c) => String(c.id) === choice) ? choice : SINGLE;

  const chart = (course: Pick<Course, 'id'>) =>
    navigate(`/patients/${patientId}/sessions/new?course=${course.id}`);
  const start = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (chosen !== SINGLE) return chart({ id: Number(chosen) });
    const fields = courseFieldsSchema.safeParse(singleSessionCourse(indication));
    if (!fields.success) return setFieldError(fields.error.issues[0]?.message ?? 'errors.required');
    setBusy(true);
    try {
      const course = await unwrap(clinic.courses.create({ patientId, fields: fields.data }));
      await invalidate();
      chart(course);
    } catch (e) {
      setFailure(failureMessage(e));
      setBusy(false);
    }
  };

  return (
    <Modal open onCancel={onClose} aria-labelledby={titleId}>
      <form onSubmit={start} noValidate>
        <h2 id={titleId}>{t('treatments.newSession.title')}</h2>
        <fieldset className="choice-list">
          <legend>{t('treatments.newSession.which')}</legend>
          {active.map((c) => (
            <label key={c.id} className="radio">
              <input
                type="radio"
                name="new-session-course"
                value={c.id}
                checked={chosen === String(c.id)}
                onChange={() => setChoice(String(c.id))}
              />{' '}
              {t('treatments.newSession.inCourse', {
                indication: c.indication,
                label: sessionLabel(t, { sequence: c.sessionsDone + 1, plannedSessions: c.plannedSessions }),
              })}
            </label>
          ))}
          <label className="radio">
            <input
              type="radio"
              name="new-session-course"
              value={SINGLE}
              checked={chosen === SINGLE}
              onChange={() => setChoice(SINGLE)}
            />{' '}
            {t('treatments.newSession.single')}
          </label>
        </fieldset>
        {chosen === SINGLE && (
          <TextField
            label={t('treatments.newSession.indication')}
            hint={t('treatments.course.indicationHint')}
            required
            value={indication}
            maxLength={200}
            error={fieldError}
            onChange={(v) => {
              setIndication(v);
              setFieldError(undefined);
            }}
          />
        )}
        <FormAlert message={failure} />
        <div className="dialog__actions">
          <BusyButton
            label={t('treatments.newSession.start')}
            busyLabel={t('treatments.newSession.starting')}
            busy={busy}
          />
          <button type="button" className="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
