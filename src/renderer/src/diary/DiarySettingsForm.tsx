import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BREAKS, type WorkingDay } from '../../../shared/diary/hours';
import {
  DEFAULT_RECALL_TEMPLATE,
  DEFAULT_REMINDER_TEMPLATE,
  MERGE_FIELDS,
  RECALL_MERGE_FIELDS,
} from '../../../shared/diary/reminders';
import { minutesOf } from '../../../shared/diary/zone';
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
  errorAt,
}: {
  index: number;
  day: WorkingDay;
  onChange: (d: WorkingDay) => void;
  /** The server's message for a path under this day (e.g. "breaks.1"), or for the whole day with "". */
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const name = t(`diary.settings.days.${WEEKDAYS[index]}`);
  const setBreak = (j: number, key: 'from' | 'to', value: string) =>
    onChange({ ...day, breaks: day.breaks.map((b, k) => (k === j ? { ...b, [key]: value } : b)) });
  /** A time of day in this row, named by its column, the day and the break's number. */
  const time = (label: string, value: string, set: (value: string) => void, number?: number) => (
    <input
      type="time"
      aria-label={t(label, { day: name, number })}
      value={value}
      disabled={!day.open}
      onChange={(e) => set(e.target.value)}
    />
  );
  const hoursError = errorAt('from') ?? errorAt('to');
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
      <td>
        {time('diary.settings.closesAt', day.to, (to) => onChange({ ...day, to }))}
        {hoursError && <p className="field__error">{t(hoursError)}</p>}
      </td>
      <td>
        {day.breaks.map((b, j) => {
          const error = errorAt(`breaks.${j}`);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a break has no identity but its place in the day
            <div key={j} className="break-row">
              {time('diary.settings.breakFrom', b.from, (v) => setBreak(j, 'from', v), j + 1)} –{' '}
              {time('diary.settings.breakTo', b.to, (v) => setBreak(j, 'to', v), j + 1)}{' '}
              <button
                type="button"
                className="link-button"
                disabled={!day.open}
                onClick={() => onChange({ ...day, breaks: day.breaks.filter((_, k) => k !== j) })}
              >
                {t('diary.settings.removeBreak', { day: name, number: j + 1 })}
              </button>
              {error && <p className="field__error">{t(error)}</p>}
            </div>
          );
        })}
        {day.breaks.length < MAX_BREAKS && (
          <button
            type="button"
            className="link-button"
            disabled={!day.open}
            onClick={() => onChange({ ...day, breaks: [...day.breaks, nextBreak(day)] })}
          >
            {t('diary.settings.addBreak', { day: name })}
          </button>
        )}
      </td>
    </tr>
  );
}

/** A new break proposed after the day's last one (a quarter of an hour), or at noon. */
function nextBreak(day: WorkingDay): { from: string; to: string } {
  const last = day.breaks.at(-1)?.to;
  const start = last ? minutesOf(last) + 60 : 12 * 60;
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { from: hhmm(start), to: hhmm(start + 15) };
}

/** The diary's settings: the clinic's time zone, working hours with their breaks, days off, the reminder texts. */
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
  const [template, setTemplate] = useState(settings.reminderTemplate);
  const [recallTemplate, setRecallTemplate] = useState(settings.recallReminderTemplate);
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
            reminderTemplate: template.trim() ? template : '',
            recallReminderTemplate: recallTemplate.trim() ? recallTemplate : '',
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
              errorAt={(path) => at(path ? `workingWeek.${i}.${path}` : `workingWeek.${i}`)}
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
            placeholder={DEFAULT_REMINDER_TEMPLATE}
            onChange={(e) => setTemplate(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('diary.settings.recallTemplate')}
        hint={t('diary.settings.recallTemplateHint', {
          fields: RECALL_MERGE_FIELDS.map((f) => `{{${f}}}`).join(', '),
        })}
        error={at('recallReminderTemplate')}
      >
        {(a) => (
          <textarea
            {...a}
            rows={6}
            translate="no"
            value={recallTemplate}
            placeholder={DEFAULT_RECALL_TEMPLATE}
            onChange={(e) => setRecallTemplate(e.target.value)}
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
