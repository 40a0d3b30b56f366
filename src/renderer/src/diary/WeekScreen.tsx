import 'react-big-calendar/lib/css/react-big-calendar.css';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { de, enGB, es, fr, it, pt } from 'date-fns/locale';
import { useMemo, useRef, useState } from 'react';
import { Calendar, dateFnsLocalizer, type Formats, type SlotInfo } from 'react-big-calendar';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { weekdayIndex } from '../../../shared/diary/hours';
import type { WeekEntry } from '../../../shared/diary/schema';
import { minutesOf } from '../../../shared/diary/zone';
import { addDays } from '../../../shared/treatments/schedule';
import { clinic, unwrap } from '../api/clinic';
import { useShortcuts } from '../components/useShortcut';
import { formatDate, formatWallTime, formatWallTimeSpan } from '../format';
import { OpenedAppointment } from './AppointmentDialog';
import { BookingDialog, type BookingStart } from './BookingDialog';
import { downloadCalendar } from './download';
import { timeSpan, useWhatText } from './EntrySummary';
import { diaryKeys } from './keys';
import { useDiaryClock, useRange, useSettings } from './queries';

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (d: Date) => startOfWeek(d, { weekStartsOn: 1 }),
  getDay,
  locales: { 'en-GB': enGB, fr, it, es, de, pt },
});

/** The calendar's day and month names follow the interface language (English for the pseudo-locale). */
const cultureOf = (language: string) =>
  ['fr', 'it', 'es', 'de', 'pt'].includes(language) ? language : 'en-GB';

/** The grid's times as the interface language writes them ("8:00 AM" in English, "08:00" in French). */
const wallTimeOf = (d: Date) => formatWallTime(format(d, 'HH:mm'));
const wallSpanOf = ({ start, end }: { start: Date; end: Date }) =>
  formatWallTimeSpan(format(start, 'HH:mm'), Math.round((end.getTime() - start.getTime()) / 60_000));
const timeFormats: Formats = {
  timeGutterFormat: wallTimeOf,
  eventTimeRangeFormat: wallSpanOf,
  eventTimeRangeStartFormat: ({ start }) => `${wallTimeOf(start)} –`,
  eventTimeRangeEndFormat: ({ end }) => `– ${wallTimeOf(end)}`,
  selectRangeFormat: wallSpanOf,
};

/**
 * The calendar shows the clinic's wall clock: each appointment's stored local date and time become a
 * Date on this computer's clock with the same numbers, so the grid never shifts when the computer is
 * in another zone than the clinic.
 */
const wallDate = (date: string, time = '00:00') => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, mi);
};
const isoOf = (d: Date) => format(d, 'yyyy-MM-dd');
const mondayOf = (date: string) => addDays(date, -weekdayIndex(date));

interface WeekEvent {
  title: string;
  start: Date;
  end: Date;
  entry: WeekEntry;
}

/** The week's diary on a time grid (react-big-calendar): click or Enter opens, a free slot books. */
export function WeekScreen() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const clock = useDiaryClock();
  const settings = useSettings();
  const what = useWhatText();
  const anchor = params.get('date') ?? clock.data?.today;
  const from = anchor ? mondayOf(anchor) : undefined;
  const to = from ? addDays(from, 6) : undefined;
  const week = useRange(from, to);
  // A link from elsewhere (the recall list's "Booked for …") names the appointment to open.
  const [openId, setOpenId] = useState<number | null>(() => Number(params.get('open')) || null);
  const [booking, setBooking] = useState<BookingStart | null>(null);
  // The selected day as last moved to: keys pressed faster than a render each move on from it, and
  // N books on it (→ then N at once books the next day, not the one shown a moment before).
  const selected = useRef(anchor);
  selected.current = anchor;
  const go = (date: string) => {
    selected.current = date;
    setParams({ date }, { replace: true });
  };
  const step = (days: number) => selected.current && go(addDays(selected.current, days));
  useShortcuts(
    diaryKeys({
      previous: () => step(-1),
      next: () => step(1),
      previousWeek: () => step(-7),
      nextWeek: () => step(7),
      book: () => selected.current && setBooking({ patientId: null, date: selected.current, time: '09:00' }),
    }),
  );
  const events = useMemo<WeekEvent[]>(
    () =>
      (week.data ?? [])
        .filter((e) => e.status !== 'cancelled')
        .map((e) => {
          const start = wallDate(e.date, e.time);
          return {
            title: `${e.patientName} · ${what(e)} · ${t(`diary.statuses.${e.status}`)}`,
            start,
            end: new Date(start.getTime() + e.durationMin * 60_000),
            entry: e,
          };
        }),
    [week.data, what, t],
  );
  const bounds = useMemo(() => {
    const open = (settings.data?.workingWeek ?? []).filter((d) => d.open);
    const first = Math.min(8 * 60, ...open.map((d) => minutesOf(d.from)));
    const last = Math.max(19 * 60, ...open.map((d) => minutesOf(d.to)));
    return {
      min: new Date(2000, 0, 1, Math.floor(first / 60)),
      max: new Date(2000, 0, 1, Math.ceil(last / 60)),
    };
  }, [settings.data]);
  if (!from || !to || !anchor) return null;
  const cancelled = (week.data ?? []).filter((e) => e.status === 'cancelled');
  return (
    <section className="diary-week" aria-labelledby="week-title">
      <div className="diary-head">
        <h1 id="week-title">{t('diary.week.title', { date: formatDate(from) })}</h1>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => go(addDays(anchor, -7))}
            aria-keyshortcuts="PageUp"
          >
            {t('diary.week.previous')}
          </button>
          <button type="button" className="button" onClick={() => clock.data && go(clock.data.today)}>
            {t('diary.week.thisWeek')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => go(addDays(anchor, 7))}
            aria-keyshortcuts="PageDown"
          >
            {t('diary.week.next')}
          </button>
          <Link className="button" to="/">
            {t('diary.week.day')}
          </Link>
          <button
            type="button"
            className="button"
            onClick={async () => {
              const file = await unwrap(clinic.diary.calendar({}));
              downloadCalendar(file.content, file.fileName);
            }}
          >
            {t('diary.remind.exportDiary')}
          </button>
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts="N"
            onClick={() => setBooking({ patientId: null, date: anchor, time: '09:00' })}
          >
            {t('diary.day.book')}
          </button>
        </div>
      </div>
      <p className="muted small">{t('diary.week.keys')}</p>
      <p className="week-focus" role="status">
        {t('diary.week.focused', { date: formatDate(anchor) })}
      </p>
      <div className="week-calendar">
        <Calendar<WeekEvent>
          localizer={localizer}
          culture={cultureOf(i18n.language)}
          formats={timeFormats}
          events={events}
          date={wallDate(anchor)}
          onNavigate={(d) => go(isoOf(d))}
          view="week"
          views={['week']}
          onView={() => undefined}
          toolbar={false}
          min={bounds.min}
          max={bounds.max}
          step={15}
          timeslots={4}
          selectable
          onSelectSlot={(slot: SlotInfo) =>
            setBooking({ patientId: null, date: isoOf(slot.start), time: format(slot.start, 'HH:mm') })
          }
          onSelectEvent={(e) => setOpenId(e.entry.id)}
          onKeyPressEvent={(e, key) => {
            if ((key as unknown as KeyboardEvent).key === 'Enter') setOpenId(e.entry.id);
          }}
          eventPropGetter={(e) => ({ className: `week-event week-event--${e.entry.status}` })}
          dayPropGetter={(d) => (isoOf(d) === anchor ? { className: 'week-day--focused' } : {})}
          tooltipAccessor={(e) => `${timeSpan(e.entry)} ${e.title}`}
        />
      </div>
      {cancelled.length > 0 && (
        <details className="cancelled-list">
          <summary>
            {t('diary.statuses.cancelled')} ({cancelled.length})
          </summary>
          <ul>
            {cancelled.map((e) => (
              <li key={e.id}>
                <button type="button" className="link-button" onClick={() => setOpenId(e.id)}>
                  {formatDate(e.date)} {timeSpan(e)} · {e.patientName}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <OpenedAppointment
        id={openId}
        onClose={() => {
          setOpenId(null);
          if (params.has('open')) go(anchor);
        }}
      />
      <BookingDialog start={booking} onDone={() => setBooking(null)} />
    </section>
  );
}
