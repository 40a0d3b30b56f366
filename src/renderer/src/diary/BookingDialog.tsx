import { useTranslation } from 'react-i18next';
import {
  APPOINTMENT_TYPES,
  type Appointment,
  type AppointmentFieldsInput,
  type AppointmentType,
  appointmentFieldsSchema,
} from '../../../shared/diary/schema';
import { clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { InputField, TextAreaField } from '../components/form/fields';
import { SelectField } from '../components/form/SelectField';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { Modal } from '../components/Modal';
import { formatDate } from '../format';
import { useCourses } from '../treatments/queries';
import { hoursText } from './hours-text';
import { PatientPicker } from './PatientPicker';
import { useDiaryChanged, useSettings } from './queries';
import { SlotFields } from './SlotFields';
import { WarningList } from './WarningList';
import { AcceptWarningsButton, useBookingWarnings } from './warnings';

/** Where a booking starts from: a day, a recall row or a course (its due window), a patient. */
export interface BookingStart {
  patientId: number | null;
  patientName?: string;
  courseId?: number | null;
  sessionNumber?: number | null;
  type?: AppointmentType;
  date: string;
  time: string;
  durationMin?: number;
  window?: { dueDate: string; latestDate: string };
}

function CourseSelect({
  patientId,
  field,
}: {
  patientId: number;
  field: ReturnType<ReturnType<typeof useZodForm>['field']>;
}) {
  const { t } = useTranslation();
  const courses = useCourses(patientId);
  return (
    <div className="field">
      <label htmlFor="booking-course">{t('diary.book.course')}</label>
      <select id="booking-course" {...field.input}>
        <option value="">{t('diary.book.noCourse')}</option>
        {(courses.data ?? [])
          .filter((c) => c.status === 'active')
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.indication}
            </option>
          ))}
      </select>
    </div>
  );
}

function BookingForm({ start, onDone }: { start: BookingStart; onDone: (a: Appointment | null) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const changed = useDiaryChanged();
  const warned = useBookingWarnings();
  const defaults: AppointmentFieldsInput = {
    patientId: start.patientId ?? Number.NaN,
    type: start.type ?? (start.courseId ? 'treatment' : 'consultation'),
    date: start.date,
    time: start.time,
    durationMin: start.durationMin ?? 45,
    courseId: start.courseId ?? null,
    sessionNumber: start.sessionNumber ?? null,
    note: '',
  };
  const { form, values, field, error, set } = useZodForm(appointmentFieldsSchema, defaults);
  const { submit, formError, pending } = useFormMutation(
    form,
    (fields) => warned.send((accept) => unwrap(clinic.appointments.book({ fields, accept }))),
    {
      fieldPrefix: 'fields.',
      onSaved: async (saved) => {
        await changed();
        onDone(saved);
      },
    },
  );
  const patientId = Number.isNaN(values.patientId) ? null : values.patientId;
  const hours = settings.data ? hoursText(settings.data, values.date) : null;
  return (
    <form
      onSubmit={(e) => {
        warned.reset();
        void submit(e);
      }}
      noValidate
    >
      <h2 id="booking-title">
        {start.patientName ? t('diary.book.titleFor', { name: start.patientName }) : t('diary.book.title')}
      </h2>
      {start.window && (
        <p className="muted">
          {t('diary.book.window', {
            from: formatDate(start.window.dueDate),
            to: formatDate(start.window.latestDate),
          })}
        </p>
      )}
      {start.patientId === null && (
        <PatientPicker
          value={patientId}
          onChange={(id) => set('patientId', id ?? Number.NaN)}
          error={error('patientId')}
        />
      )}
      <div className="diary-grid">
        <SelectField
          label={t('diary.book.type')}
          field={field('type')}
          options={APPOINTMENT_TYPES}
          labelPrefix="diary.types"
        />
        <SlotFields
          date={field('date')}
          time={field('time')}
          duration={field('durationMin', { valueAsNumber: true })}
        />
        {patientId !== null && (
          <CourseSelect
            patientId={patientId}
            field={field('courseId', { setValueAs: (v) => (v === '' || v === null ? null : Number(v)) })}
          />
        )}
        {values.courseId !== null && (
          <InputField
            label={t('diary.book.sessionNumber')}
            type="number"
            min={1}
            field={field('sessionNumber', { setValueAs: (v) => (v === '' || v === null ? null : Number(v)) })}
          />
        )}
      </div>
      <p className="muted small">
        {hours ? t('diary.book.hours', { hours }) : t('diary.book.closedThatDay')}
      </p>
      <TextAreaField label={t('diary.book.note')} field={field('note')} rows={2} wide />
      <FormAlert message={formError} />
      <WarningList warnings={warned.warnings} />
      <FormActions
        submitLabel={t('diary.book.submit')}
        pendingLabel={t('diary.book.saving')}
        pending={pending}
        onCancel={() => onDone(null)}
      >
        <AcceptWarningsButton
          warnings={warned}
          label={t('diary.book.bookAnyway')}
          onAccept={() => void submit()}
        />
      </FormActions>
    </form>
  );
}

/** The booking form in a dialog; `onDone` gets the booked appointment, or null when cancelled. */
export function BookingDialog({
  start,
  onDone,
}: {
  start: BookingStart | null;
  onDone: (a: Appointment | null) => void;
}) {
  return (
    <Modal
      open={start !== null}
      onCancel={() => onDone(null)}
      aria-labelledby="booking-title"
      className="dialog dialog--wide"
    >
      {start && <BookingForm key={JSON.stringify(start)} start={start} onDone={onDone} />}
    </Modal>
  );
}
