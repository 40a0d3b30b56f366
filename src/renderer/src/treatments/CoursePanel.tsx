import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../../shared/dates';
import {
  COURSE_STATUSES,
  type Course,
  type CourseFields,
  type CourseFieldsInput,
  courseFieldsOf,
  courseFieldsSchema,
  type SessionSummary,
} from '../../../shared/treatments/schema';
import { zoneLabel } from '../../../shared/treatments/zones';
import { clinic, updateOrCreate } from '../api/clinic';
import { InputField, TextAreaField } from '../components/form/fields';
import { GridForm } from '../components/form/GridForm';
import { useZodForm } from '../components/form/useZodForm';
import { ImportedBadge } from '../components/ImportedFrom';
import { OptionsField } from '../components/OptionsField';
import { BookDueButton } from '../diary/BookDueButton';
import { formatDate, formatWallTime } from '../format';
import { BodyChart } from './BodyChart';
import { NewSessionButton } from './NewSessionDialog';
import { useCourses, useSessions } from './queries';
import { RecordsSection } from './RecordsSection';
import { useTreatmentSave } from './useTreatmentSave';

const newCourse = (): CourseFieldsInput => ({
  indication: '',
  areas: [],
  plannedSessions: 6,
  initialSessions: 3,
  initialInterval: { minDays: 7, maxDays: 14 },
  laterInterval: { minDays: 14, maxDays: 28 },
  maintenanceInterval: { minDays: 90, maxDays: 150 },
  startDate: todayIso(),
  status: 'active',
  notes: '',
});

type Range = { minDays: number; maxDays: number };

function RangeField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Range;
  onChange: (r: Range) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const end = (label: string, key: keyof Range) => (
    <label>
      {label}{' '}
      <input
        type="number"
        min={1}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        value={Number.isNaN(value[key]) ? '' : value[key]}
        onChange={(e) =>
          onChange({ ...value, [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) })
        }
      />
    </label>
  );
  return (
    <fieldset className={`range-field${error ? ' fieldset--invalid' : ''}`}>
      <legend>{label}</legend>
      {end(t('treatments.course.from'), 'minDays')}
      {end(t('treatments.course.to'), 'maxDays')} {t('treatments.course.days')}
      {error && (
        <p className="field__error" id={errorId}>
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}

function CourseForm({
  patientId,
  course,
  onDone,
}: {
  patientId: number;
  course: Course | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { form, values, set, error, field, bind } = useZodForm(
    courseFieldsSchema,
    course ? courseFieldsOf(course) : newCourse(),
  );
  const saving = useTreatmentSave(
    form,
    (checked: CourseFields) =>
      updateOrCreate(course, checked, clinic.courses.update, (fields) =>
        clinic.courses.create({ patientId, fields }),
      ),
    onDone,
  );

  return (
    <GridForm
      className="treatment-form course-form"
      heading={{
        id: 'course-form-title',
        level: 'h3',
        text: course ? t('treatments.course.editTitle') : t('treatments.course.newTitle'),
      }}
      mutation={saving}
      actions={{
        submitLabel: course ? t('treatments.course.saveChanges') : t('treatments.course.start'),
        onCancel: onDone,
      }}
    >
      <InputField
        label={t('treatments.course.indication')}
        required
        hint={t('treatments.course.indicationHint')}
        field={field('indication')}
      />
      <InputField label={t('treatments.course.startDate')} required field={field('startDate')} type="date" />
      <InputField
        label={t('treatments.course.plannedSessions')}
        required
        field={field('plannedSessions', { valueAsNumber: true })}
        type="number"
        min={1}
        max={40}
      />
      <OptionsField
        label={t('treatments.course.status')}
        value={values.status ?? 'active'}
        options={COURSE_STATUSES}
        labelPrefix="treatments.courseStatus"
        onChange={(v) => set('status', v)}
        error={error('status')}
      />
      <InputField
        label={t('treatments.course.initialSessions')}
        hint={t('treatments.course.initialSessionsHint')}
        field={field('initialSessions', { valueAsNumber: true })}
        type="number"
        min={0}
      />
      <RangeField label={t('treatments.course.initialInterval')} {...bind('initialInterval')} />
      <RangeField label={t('treatments.course.laterInterval')} {...bind('laterInterval')} />
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.maintenanceInterval !== null}
            onChange={(e) =>
              set('maintenanceInterval', e.target.checked ? { minDays: 90, maxDays: 150 } : null)
            }
          />{' '}
          {t('treatments.course.hasMaintenance')}
        </label>
        {values.maintenanceInterval && (
          <RangeField
            label={t('treatments.course.maintenanceInterval')}
            value={values.maintenanceInterval}
            onChange={(r) => set('maintenanceInterval', r)}
            error={error('maintenanceInterval')}
          />
        )}
      </div>
      <div className="field field--wide">
        <span className="field__label">{t('treatments.course.areas')}</span>
        <BodyChart
          selected={values.areas ?? []}
          onToggle={(zone) =>
            set(
              'areas',
              (values.areas ?? []).includes(zone)
                ? (values.areas ?? []).filter((z) => z !== zone)
                : [...(values.areas ?? []), zone],
            )
          }
        />
      </div>
      <TextAreaField label={t('treatments.course.notes')} wide field={field('notes')} rows={2} />
    </GridForm>
  );
}

/** "Next session (2 of 6) due 8 Mar – 15 Mar 2026", or the maintenance top-up. */
export function NextDueLine({ course }: { course: Course }) {
  const { t } = useTranslation();
  const due = course.nextDue;
  if (course.status === 'closed') return <p className="muted small">{t('treatments.course.closedLine')}</p>;
  if (!due) return <p className="muted small">{t('treatments.course.complete')}</p>;
  const key =
    due.phase === 'maintenance'
      ? 'treatments.course.nextMaintenance'
      : due.dueDate === due.latestDate
        ? 'treatments.course.nextDueOn'
        : 'treatments.course.nextDue';
  const text = t(key, {
    n: due.sessionNumber,
    total: course.plannedSessions,
    from: formatDate(due.dueDate),
    to: formatDate(due.latestDate),
  });
  return (
    <p className="next-due">
      {text}{' '}
      {course.standing && course.standing !== 'upcoming' && (
        <span className={`badge badge--${course.standing}`}>
          {t(`treatments.standing.${course.standing}`)}
        </span>
      )}
    </p>
  );
}

export function sessionLabel(
  t: (k: string, o?: Record<string, unknown>) => string,
  s: Pick<SessionSummary, 'sequence' | 'plannedSessions'>,
) {
  return s.sequence > s.plannedSessions
    ? t('treatments.session.maintenanceOf', { n: s.sequence - s.plannedSessions })
    : t('treatments.session.nOfN', { n: s.sequence, total: s.plannedSessions });
}

function CourseCard({
  course,
  sessions,
  archived,
}: {
  course: Course;
  sessions: SessionSummary[];
  archived: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const titleId = `course-${course.id}-title`;
  return (
    <li className="course" aria-labelledby={titleId}>
      <div className="section-header">
        <h3 id={titleId}>
          {course.indication}{' '}
          <span className="badge badge--muted">{t(`treatments.courseStatus.${course.status}`)}</span>
        </h3>
        {!archived && (
          <div className="documents__actions">
            {course.status === 'active' && (
              <Link
                className="button button--small button--primary"
                to={`/patients/${course.patientId}/sessions/new?course=${course.id}`}
              >
                {t('treatments.course.chartSession')}
              </Link>
            )}
            {course.status === 'active' && course.nextDue && (
              <BookDueButton courseId={course.id} label={t('diary.book.bookNext')} />
            )}
            <button type="button" className="button button--small" onClick={() => setEditing((e) => !e)}>
              {t('treatments.course.edit')}
            </button>
          </div>
        )}
      </div>
      <p className="muted small">
        {t('treatments.course.progress', { done: course.sessionsDone, total: course.plannedSessions })}
        {course.areas.length > 0 && ` · ${course.areas.map(zoneLabel).join(', ')}`}
      </p>
      <NextDueLine course={course} />
      {sessions.length > 0 && (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <Link to={`/patients/${course.patientId}/sessions/${s.id}`}>
                {s.status === 'signed' ? sessionLabel(t, s) : t('treatments.session.draftTitle')}
              </Link>{' '}
              <span className="muted small">
                {formatDate(s.date)} {formatWallTime(s.time)} ·{' '}
                {s.areas.map(zoneLabel).join(', ') || t('treatments.session.noAreas')}
              </span>{' '}
              {s.imported ? (
                <ImportedBadge from={s.imported} />
              ) : s.status === 'signed' ? (
                <span className="badge badge--locked">{t('treatments.session.signedBadge')}</span>
              ) : (
                <span className="badge badge--muted">{t('treatments.session.draftBadge')}</span>
              )}
              {s.amendments > 0 && (
                <span className="badge badge--changed">
                  {t('treatments.session.amendedBadge', { count: s.amendments })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <CourseForm patientId={course.patientId} course={course} onDone={() => setEditing(false)} />
      )}
    </li>
  );
}

/** The patient page's treatment courses: the plan, where each course stands, and its sessions. */
export function CoursePanel({ patientId, archived }: { patientId: number; archived: boolean }) {
  const { t } = useTranslation();
  const courses = useCourses(patientId);
  const sessions = useSessions(patientId);
  return (
    <RecordsSection
      className="card courses"
      titleId="courses-title"
      title={t('treatments.course.sectionTitle')}
      addLabel={t('treatments.course.startNew')}
      canAdd={!archived}
      newForm={(onDone) => <CourseForm patientId={patientId} course={null} onDone={onDone} />}
      noneText={t('treatments.course.none')}
      isEmpty={courses.data?.length === 0}
      actions={<NewSessionButton patientId={patientId} />}
    >
      {courses.data && courses.data.length > 0 && (
        <ul className="course-list">
          {courses.data.map((c) => (
            <CourseCard
              key={c.id}
              course={c}
              archived={archived}
              sessions={(sessions.data ?? []).filter((s) => s.courseId === c.id)}
            />
          ))}
        </ul>
      )}
    </RecordsSection>
  );
}
