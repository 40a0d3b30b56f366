import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isWorkingDay } from '../../../shared/diary/hours';
import { addDays } from '../../../shared/treatments/schedule';
import { useShortcuts } from '../components/useShortcut';
import { formatLocale } from '../i18n';
import { AppointmentDialog } from './AppointmentDialog';
import { BookingDialog, type BookingStart } from './BookingDialog';
import { NeedList, timeSpan, useWhatText } from './EntrySummary';
import { diaryKeys } from './keys';
import { useDay, useDiaryClock, useSettings } from './queries';

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'full' }).format(new Date(y, m - 1, d));
};

/**
 * The day's diary: who is coming, when, for what, and what each needs seen to today. Left and right
 * arrows change the day, N books, Enter on a row opens it. `main` when it is the screen's main panel:
 * its title is then the page's level-1 heading.
 */
export function DayView({ initialDate, main = false }: { initialDate?: string; main?: boolean }) {
  const { t } = useTranslation();
  const clock = useDiaryClock();
  const settings = useSettings();
  const [picked, setPicked] = useState<string | null>(initialDate ?? null);
  const date = picked ?? clock.data?.today;
  const day = useDay(date);
  const [openId, setOpenId] = useState<number | null>(null);
  const [booking, setBooking] = useState<BookingStart | null>(null);
  const what = useWhatText();
  // The day as last moved to: keys pressed faster than a render each move on from it, and N books
  // on it (→ then N at once books the next day, not the one shown a moment before).
  const selected = useRef(date);
  selected.current = date;
  const move = (days: number) => {
    if (!selected.current) return;
    selected.current = addDays(selected.current, days);
    setPicked(selected.current);
  };
  const book = () =>
    selected.current && setBooking({ patientId: null, date: selected.current, time: '09:00' });
  useShortcuts(
    diaryKeys({
      previous: () => move(-1),
      next: () => move(1),
      book,
    }),
  );
  if (!date) return null;
  const Heading = main ? 'h1' : 'h2';
  const entries = day.data ?? [];
  const open = entries.find((e) => e.id === openId) ?? null;
  const closed =
    settings.data &&
    !isWorkingDay({ workingWeek: settings.data.workingWeek, daysOff: settings.data.daysOff }, date);
  return (
    <section className="card diary-day" aria-labelledby="diary-day-title">
      <div className="diary-head">
        <Heading id="diary-day-title">{t('diary.day.title', { date: longDate(date) })}</Heading>
        <div className="button-row">
          <button type="button" className="button" onClick={() => move(-1)} aria-keyshortcuts="ArrowLeft">
            {t('diary.day.previous')}
          </button>
          <button type="button" className="button" onClick={() => setPicked(null)}>
            {t('diary.day.today')}
          </button>
          <button type="button" className="button" onClick={() => move(1)} aria-keyshortcuts="ArrowRight">
            {t('diary.day.next')}
          </button>
          <Link className="button" to={`/diary/week?date=${date}`}>
            {t('diary.day.week')}
          </Link>
          <button type="button" className="button button--primary" onClick={book} aria-keyshortcuts="N">
            {t('diary.day.book')}
          </button>
        </div>
      </div>
      <p className="muted small">
        {t('diary.day.count', { count: entries.length })}
        {closed ? ` · ${t('diary.day.closed')}` : ''} · {t('diary.day.keys')}
      </p>
      {day.data && entries.length === 0 && <p className="muted">{t('diary.day.empty')}</p>}
      {entries.length > 0 && (
        <ul className="diary-list" aria-label={t('diary.day.title', { date: longDate(date) })}>
          {entries.map((e) => (
            <li key={e.id} className={`diary-row diary-row--${e.status}`}>
              <button type="button" className="diary-row__open" onClick={() => setOpenId(e.id)}>
                <span className="diary-row__time mono">{timeSpan(e)}</span>
                <span className="diary-row__who">
                  <strong>{e.patientName}</strong> <span className="muted small">{e.patientNumber}</span>
                  <span className="diary-row__what">{what(e)}</span>
                </span>
                <span className={`badge badge--status-${e.status}`}>{t(`diary.statuses.${e.status}`)}</span>
              </button>
              <NeedList entry={e} />
            </li>
          ))}
        </ul>
      )}
      <AppointmentDialog entry={open} onClose={() => setOpenId(null)} />
      <BookingDialog
        start={booking}
        onDone={(a) => {
          setBooking(null);
          if (a) setPicked(a.date);
        }}
      />
    </section>
  );
}
