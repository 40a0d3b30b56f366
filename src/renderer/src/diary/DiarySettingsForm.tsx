import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingDay } from '../../../shared/diary/hours';
import { DEFAULT_REMINDER_TEMPLATE, MERGE_FIELDS } from '../../../shared/diary/reminders';
import type { Settings } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { settingsKeys } from '../settings/queries';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

function DayRow({
  index,
  day,
  onChange,
  error,
}: {
  index: number;
  day: WorkingDay;
  onChange: (d: WorkingDay) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const name = t(`diary.settings.days.${WEEKDAYS[index]}`);
  const pause = day.breaks[0];
  const setBreak = (key: 'from' | 'to', value: string) => {
    const next = { from: pause?.from ?? '', to: pause?.to ?? '', [key]: value };
    onChange({ ...day, breaks: next.from || next.to ? [next] : [] });
  };
  return (
    <tr>
      <th scope="row">
        <label>
          <input
            type="checkbox"
            checked={day.open}
            onChange={(e) => onChange({ ...day, open: e.target.checked })}
          />{' '}
          {name}
        </label>
      </th>
      <td>
        <input
          type="time"
          aria-label={t('diary.settings.opensAt', { day: name })}
          value={day.from}
          disabled={!day.open}
          onChange={(e) => onChange({ ...day, from: e.target.value })}
        />
      </td>
      <td>
        <input
          type="time"
          aria-label={t('diary.settings.closesAt', { day: name })}
          value={day.to}
          disabled={!day.open}
          onChange={(e) => onChange({ ...day, to: e.target.value })}
        />
      </td>
      <td>
        <input
          type="time"
          aria-label={t('diary.settings.breakFrom', { day: name })}
          value={pause?.from ?? ''}
          disabled={!day.open}
          onChange={(e) => setBreak('from', e.target.value)}
        />{' '}
        –{' '}
        <input
          type="time"
          aria-label={t('diary.settings.breakTo', { day: name })}
          value={pause?.to ?? ''}
          disabled={!day.open}
          onChange={(e) => setBreak('to', e.target.value)}
        />
        {error && <p className="field__error">{t(error)}</p>}
      </td>
    </tr>
  );
}

/** The diary's settings: the clinic's time zone, working hours with a break, days off, the reminder text. */
export function DiarySettingsForm({
  settings,
  onNotice,
}: {
  settings: Settings;
  onNotice: (m: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [zone, setZone] = useState(settings.clinicTimeZone);
  const [week, setWeek] = useState(settings.workingWeek);
  const [daysOff, setDaysOff] = useState(settings.daysOff.join('\n'));
  const [template, setTemplate] = useState(settings.reminderTemplate || DEFAULT_REMINDER_TEMPLATE);
  const [ahead, setAhead] = useState(String(settings.reminderDaysAhead));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        clinic.settings.update({
          patch: {
            clinicTimeZone: zone.trim(),
            workingWeek: week,
            daysOff: daysOff
              .split(/[\s,]+/)
              .map((d) => d.trim())
              .filter(Boolean),
            reminderTemplate: template.trim() === DEFAULT_REMINDER_TEMPLATE ? '' : template,
            reminderDaysAhead: Number(ahead),
          },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(settingsKeys.all, saved);
      void client.invalidateQueries({ queryKey: ['diary'] });
      onNotice(t('settings.saved'));
    },
  });
  const fields = save.error instanceof ApiFailure ? (save.error.error.fields ?? {}) : {};
  const at = (prefix: string) =>
    Object.entries(fields).find(
      ([path]) => path === `patch.${prefix}` || path.startsWith(`patch.${prefix}.`),
    )?.[1];
  const alert =
    save.error instanceof ApiFailure && !Object.keys(fields).length ? save.error.error.message : null;
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id={`${id}-title`}>{t('diary.settings.title')}</h2>
      <div className="diary-grid">
        <div className="field">
          <label htmlFor={`${id}-zone`}>{t('diary.settings.timeZone')}</label>
          <input
            id={`${id}-zone`}
            list={`${id}-zones`}
            translate="no"
            value={zone}
            placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
            aria-describedby={`${id}-zone-hint`}
            onChange={(e) => setZone(e.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <p className="field__hint" id={`${id}-zone-hint`}>
            {t('diary.settings.timeZoneHint')}
          </p>
          {at('clinicTimeZone') && <p className="field__error">{t(at('clinicTimeZone') as string)}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-ahead`}>{t('diary.settings.remindAhead')}</label>
          <input
            id={`${id}-ahead`}
            type="number"
            min={1}
            max={14}
            value={ahead}
            onChange={(e) => setAhead(e.target.value)}
          />
          {at('reminderDaysAhead') && <p className="field__error">{t(at('reminderDaysAhead') as string)}</p>}
        </div>
      </div>
      <table className="table hours-table">
        <caption className="muted small">{t('diary.settings.hoursCaption')}</caption>
        <thead>
          <tr>
            <th>{t('diary.settings.day')}</th>
            <th>{t('diary.settings.opens')}</th>
            <th>{t('diary.settings.closes')}</th>
            <th>{t('diary.settings.break')}</th>
          </tr>
        </thead>
        <tbody>
          {week.map((day, i) => (
            <DayRow
              key={WEEKDAYS[i]}
              index={i}
              day={day}
              error={at(`workingWeek.${i}`)}
              onChange={(d) => setWeek(week.map((x, j) => (j === i ? d : x)))}
            />
          ))}
        </tbody>
      </table>
      <div className="field">
        <label htmlFor={`${id}-off`}>{t('diary.settings.daysOff')}</label>
        <textarea
          id={`${id}-off`}
          rows={3}
          value={daysOff}
          aria-describedby={`${id}-off-hint`}
          onChange={(e) => setDaysOff(e.target.value)}
        />
        <p className="field__hint" id={`${id}-off-hint`}>
          {t('diary.settings.daysOffHint')}
        </p>
        {at('daysOff') && <p className="field__error">{t(at('daysOff') as string)}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-tpl`}>{t('diary.settings.template')}</label>
        <textarea
          id={`${id}-tpl`}
          rows={9}
          translate="no"
          value={template}
          aria-describedby={`${id}-tpl-hint`}
          onChange={(e) => setTemplate(e.target.value)}
        />
        <p className="field__hint" id={`${id}-tpl-hint`}>
          {t('diary.settings.templateHint', { fields: MERGE_FIELDS.map((f) => `{{${f}}}`).join(', ') })}
        </p>
        {at('reminderTemplate') && <p className="field__error">{t(at('reminderTemplate') as string)}</p>}
      </div>
      <FormAlert message={alert} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('diary.settings.save')}
        </button>
      </div>
    </form>
  );
}
