import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingDay } from '../../../shared/diary/hours';
import { DEFAULT_REMINDER_TEMPLATE, MERGE_FIELDS } from '../../../shared/diary/reminders';
import type { Settings } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { Checkbox } from '../components/form/Checkbox';
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
  /** A time of day in this row, named by its column and the day. */
  const time = (label: string, value: string, set: (value: string) => void) => (
    <input
      type="time"
      aria-label={t(label, { day: name })}
      value={value}
      disabled={!day.open}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <tr>
      <th scope="row">
        <Checkbox
          className=""
          label={name}
          checked={day.open}
          onChange={(open) => onChange({ ...day, open })}
        />
      </th>
      <td>{time('diary.settings.opensAt', day.from, (from) => onChange({ ...day, from }))}</td>
      <td>{time('diary.settings.closesAt', day.to, (to) => onChange({ ...day, to }))}</td>
      <td>
        {time('diary.settings.breakFrom', pause?.from ?? '', (from) => setBreak('from', from))} –{' '}
        {time('diary.settings.breakTo', pause?.to ?? '', (to) => setBreak('to', to))}
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
        <Field
          label={t('diary.settings.timeZone')}
          hint={t('diary.settings.timeZoneHint')}
          error={at('clinicTimeZone')}
        >
          {(a) => (
            <>
              <input
                {...a}
                list={`${id}-zones`}
                translate="no"
                value={zone}
                placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
                onChange={(e) => setZone(e.target.value)}
              />
              <datalist id={`${id}-zones`}>
                {zones.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('diary.settings.remindAhead')} error={at('reminderDaysAhead')}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={1}
              max={14}
              value={ahead}
              onChange={(e) => setAhead(e.target.value)}
            />
          )}
        </Field>
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
      <Field label={t('diary.settings.daysOff')} hint={t('diary.settings.daysOffHint')} error={at('daysOff')}>
        {(a) => <textarea {...a} rows={3} value={daysOff} onChange={(e) => setDaysOff(e.target.value)} />}
      </Field>
      <Field
        label={t('diary.settings.template')}
        hint={t('diary.settings.templateHint', { fields: MERGE_FIELDS.map((f) => `{{${f}}}`).join(', ') })}
        error={at('reminderTemplate')}
      >
        {(a) => (
          <textarea
            {...a}
            rows={9}
            translate="no"
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
          />
        )}
      </Field>
      <FormAlert message={alert} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('diary.settings.save')}
        </button>
      </div>
    </form>
  );
}
