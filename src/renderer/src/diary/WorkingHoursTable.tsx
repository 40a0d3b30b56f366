import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BREAKS, type WorkingDay } from '../../../shared/diary/hours';
import { minutesOf } from '../../../shared/diary/zone';
import { Field } from '../components/Field';
import { Checkbox } from '../components/form/Checkbox';

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

/** The clinic's time zone, typed or picked from the zones this computer knows. */
export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field label={t('diary.settings.timeZone')} hint={t('diary.settings.timeZoneHint')} error={error}>
      {(a) => (
        <>
          <input
            {...a}
            list={`${id}-zones`}
            translate="no"
            value={value}
            placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

/** The week's opening hours, one row a weekday with its breaks; the server's messages next to each. */
export function WorkingHoursTable({
  week,
  onChange,
  errorAt,
}: {
  week: WorkingDay[];
  onChange: (week: WorkingDay[]) => void;
  /** The message for a weekday (0 = Monday) and a path under it ("breaks.1", "to"). */
  errorAt: (index: number, path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
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
            errorAt={(path) => errorAt(i, path)}
            onChange={(d) => onChange(week.map((x, j) => (j === i ? d : x)))}
          />
        ))}
      </tbody>
    </table>
  );
}

/** The message of a settings.update failure for a setting's path (e.g. "workingWeek.1.breaks.0"). */
export const settingErrorAt = (fields: Record<string, string>, prefix: string): string | undefined =>
  Object.entries(fields).find(
    ([path]) => path === `patch.${prefix}` || path.startsWith(`patch.${prefix}.`),
  )?.[1];
