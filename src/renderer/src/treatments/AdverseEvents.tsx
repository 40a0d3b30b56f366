import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayIso } from '../../../shared/dates';
import {
  ADVERSE_EVENT_TYPES,
  type AdverseEvent,
  type AdverseEventFields,
  type AdverseEventFieldsInput,
  adverseEventFieldsOf,
  adverseEventFieldsSchema,
  SEVERITY_GRADES,
} from '../../../shared/treatments/schema';
import { clinic, updateOrCreate } from '../api/clinic';
import { Field } from '../components/Field';
import { InputField, TextAreaField } from '../components/form/fields';
import { GridForm } from '../components/form/GridForm';
import { useZodForm } from '../components/form/useZodForm';
import { OptionsField } from '../components/OptionsField';
import { useFocusWhenClosed } from '../components/useFocusWhenClosed';
import { formatDate } from '../format';
import { sessionLabel } from './CoursePanel';
import { useAdverseEvents, useSessions } from './queries';
import { RecordsSection } from './RecordsSection';
import { useTreatmentSave } from './useTreatmentSave';

const blank = (sessionId: number | null): AdverseEventFieldsInput => ({
  sessionId,
  lotIds: [],
  type: 'bruising',
  onsetDate: todayIso(),
  severity: 'mild',
  description: '',
  actionTaken: '',
  followUpDates: [],
  resolvedDate: null,
});

export function AdverseEventForm({
  patientId,
  event,
  sessionId = null,
  onDone,
}: {
  patientId: number;
  event: AdverseEvent | null;
  sessionId?: number | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const sessions = useSessions(patientId);
  const { form, values, set, error, field, bind } = useZodForm(
    adverseEventFieldsSchema,
    event ? adverseEventFieldsOf(event) : blank(sessionId),
  );
  const followUps = values.followUpDates ?? [];
  const saving = useTreatmentSave(
    form,
    (checked: AdverseEventFields) => {
      // A different session means different lots: let the service link the new session's lots.
      const value = event && checked.sessionId !== event.sessionId ? { ...checked, lotIds: [] } : checked;
      return updateOrCreate(event, value, clinic.adverseEvents.update, (fields) =>
        clinic.adverseEvents.create({ patientId, fields }),
      );
    },
    onDone,
  );

  return (
    <GridForm
      className="treatment-form"
      heading={{
        id: 'ae-form-title',
        level: 'h3',
        text: event ? t('treatments.ae.editTitle') : t('treatments.ae.newTitle'),
      }}
      mutation={saving}
      actions={{
        submitLabel: event ? t('treatments.ae.saveChanges') : t('treatments.ae.record'),
        onCancel: onDone,
      }}
    >
      <OptionsField
        label={t('treatments.ae.type')}
        options={ADVERSE_EVENT_TYPES}
        labelPrefix="treatments.aeTypes"
        {...bind('type')}
      />
      <OptionsField
        label={t('treatments.ae.severity')}
        options={SEVERITY_GRADES}
        labelPrefix="treatments.severity"
        {...bind('severity')}
      />
      <InputField label={t('treatments.ae.onsetDate')} required field={field('onsetDate')} type="date" />
      <Field
        label={t('treatments.ae.session')}
        error={error('sessionId')}
        hint={t('treatments.ae.sessionHint')}
      >
        {(a) => (
          <select
            {...a}
            value={values.sessionId ?? ''}
            onChange={(e) => set('sessionId', e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('treatments.ae.noSession')}</option>
            {(sessions.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {formatDate(s.date)} · {s.indication} ·{' '}
                {s.status === 'signed' ? sessionLabel(t, s) : t('treatments.session.draftTitle')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextAreaField
        label={t('treatments.ae.description')}
        required
        wide
        field={field('description')}
        rows={2}
      />
      <TextAreaField label={t('treatments.ae.actionTaken')} wide field={field('actionTaken')} rows={2} />
      <fieldset
        className={`field field--wide follow-ups${error('followUpDates') ? ' fieldset--invalid' : ''}`}
      >
        <legend>{t('treatments.ae.followUps')}</legend>
        {followUps.map((date, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: follow-up dates have no identity but their position.
          <div key={i} className="follow-ups__row">
            <input
              type="date"
              aria-label={t('treatments.ae.followUpN', { n: i + 1 })}
              value={date}
              onChange={(e) =>
                set(
                  'followUpDates',
                  followUps.map((d, j) => (j === i ? e.target.value : d)),
                )
              }
            />
            <button
              type="button"
              className="link-button"
              onClick={() =>
                set(
                  'followUpDates',
                  followUps.filter((_, j) => j !== i),
                )
              }
            >
              {t('treatments.ae.removeFollowUp', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('followUpDates', [...followUps, todayIso()])}
        >
          {t('treatments.ae.addFollowUp')}
        </button>
        {error('followUpDates') && <p className="field__error">{t(error('followUpDates') ?? '')}</p>}
      </fieldset>
      <Field
        label={t('treatments.ae.resolvedDate')}
        error={error('resolvedDate')}
        hint={t('treatments.ae.resolvedHint')}
      >
        {(a) => (
          <input
            {...a}
            type="date"
            value={values.resolvedDate ?? ''}
            onChange={(e) => set('resolvedDate', e.target.value || null)}
          />
        )}
      </Field>
    </GridForm>
  );
}

function EventItem({ event, patientId }: { event: AdverseEvent; patientId: number }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useFocusWhenClosed<HTMLButtonElement>(editing);
  return (
    <li
      className={`adverse-event${event.resolvedDate ? '' : ' adverse-event--open'}`}
      id={`adverse-event-${event.id}`}
    >
      <p className="adverse-event__title">
        <strong>{t(`treatments.aeTypes.${event.type}`)}</strong> ·{' '}
        {t(`treatments.severity.${event.severity}`)} ·{' '}
        {t('treatments.ae.onsetOn', { date: formatDate(event.onsetDate) })}{' '}
        {event.resolvedDate ? (
          <span className="badge badge--muted">
            {t('treatments.ae.resolvedOn', { date: formatDate(event.resolvedDate) })}
          </span>
        ) : (
          <span className="badge badge--danger">{t('treatments.ae.openBadge')}</span>
        )}
      </p>
      <p className="preserve-lines">{event.description}</p>
      {event.actionTaken && (
        <p className="preserve-lines small">
          <strong>{t('treatments.ae.actionTaken')}:</strong> {event.actionTaken}
        </p>
      )}
      <p className="muted small">
        {event.sessionId && (
          <Link to={`/patients/${patientId}/sessions/${event.sessionId}`}>
            {t('treatments.ae.linkedSession')}
          </Link>
        )}
        {[
          event.lotNumbers.length > 0 ? t('treatments.ae.lots', { lots: event.lotNumbers.join(', ') }) : null,
          event.followUpDates.length > 0
            ? t('treatments.ae.followUpList', { dates: event.followUpDates.map(formatDate).join(', ') })
            : null,
        ]
          .filter(Boolean)
          .map((part, i) => (i === 0 && !event.sessionId ? part : ` · ${part}`))}
      </p>
      {!editing && (
        <button
          ref={editButton}
          type="button"
          className="button button--small"
          onClick={() => setEditing(true)}
        >
          {event.resolvedDate ? t('treatments.ae.edit') : t('treatments.ae.updateOrResolve')}
        </button>
      )}
      {editing && <AdverseEventForm patientId={patientId} event={event} onDone={() => setEditing(false)} />}
    </li>
  );
}

/** The patient page's adverse events, open ones first. */
export function AdverseEventsPanel({ patientId, archived }: { patientId: number; archived: boolean }) {
  const { t } = useTranslation();
  const events = useAdverseEvents(patientId);
  const sorted = [...(events.data ?? [])].sort(
    (a, b) => Number(a.resolvedDate !== null) - Number(b.resolvedDate !== null),
  );
  return (
    <RecordsSection
      className="card"
      id="adverse-events"
      titleId="ae-title"
      title={t('treatments.ae.sectionTitle')}
      addLabel={t('treatments.ae.recordNew')}
      canAdd={!archived}
      newForm={(onDone) => <AdverseEventForm patientId={patientId} event={null} onDone={onDone} />}
      noneText={t('treatments.ae.none')}
      isEmpty={events.data?.length === 0}
    >
      {sorted.length > 0 && (
        <ul className="adverse-events">
          {sorted.map((e) => (
            <EventItem key={e.id} event={e} patientId={patientId} />
          ))}
        </ul>
      )}
    </RecordsSection>
  );
}

/** The patient header's flag: shown while any adverse event is unresolved. */
export function OpenAdverseEventFlag({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const events = useAdverseEvents(patientId);
  const open = (events.data ?? []).filter((e) => e.resolvedDate === null);
  if (!open.length) return null;
  return (
    <p className="alert alert--error adverse-flag" role="status">
      <strong>{t('treatments.ae.flag', { count: open.length })}</strong>{' '}
      {open.map((e) => t(`treatments.aeTypes.${e.type}`)).join(', ')} ·{' '}
      <a href="#adverse-events">{t('treatments.ae.flagLink')}</a>
    </p>
  );
}
