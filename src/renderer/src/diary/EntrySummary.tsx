import { useTranslation } from 'react-i18next';
import type { DiaryEntry } from '../../../shared/diary/schema';
import { formatDateTime, formatWallTimeSpan } from '../format';

/** "10:00 – 10:45 AM" in English, "10:00 – 10:45" in French: the interface language's way. */
export const timeSpan = (e: Pick<DiaryEntry, 'time' | 'durationMin'>) =>
  formatWallTimeSpan(e.time, e.durationMin);

/** What an appointment is for: its type and, for a course, which session. */
export function useWhatText() {
  const { t } = useTranslation();
  return (e: Pick<DiaryEntry, 'type' | 'indication' | 'sessionNumber' | 'plannedSessions'>) =>
    [
      t(`diary.types.${e.type}`),
      e.indication,
      e.sessionNumber
        ? e.plannedSessions
          ? t('diary.entry.sessionOf', { n: e.sessionNumber, of: e.plannedSessions })
          : t('diary.entry.sessionN', { n: e.sessionNumber })
        : null,
    ]
      .filter(Boolean)
      .join(' · ');
}

export function NeedList({ entry }: { entry: Pick<DiaryEntry, 'needs'> }) {
  const { t } = useTranslation();
  if (!entry.needs.length) return null;
  return (
    <ul className="needs" aria-label={t('diary.entry.needs')}>
      {entry.needs.map((n) => (
        <li key={n.key} className="badge badge--overdue">
          {t(`diary.needs.${n.key}`, { defaultValue: n.key, count: n.count })}
        </li>
      ))}
    </ul>
  );
}

/** The facts of an appointment as a description list. */
export function EntrySummary({ entry }: { entry: DiaryEntry }) {
  const { t } = useTranslation();
  const what = useWhatText();
  return (
    <dl className="facts">
      <dt>{t('diary.entry.when')}</dt>
      <dd>
        {timeSpan(entry)} ({t('diary.entry.minutes', { count: entry.durationMin })})
      </dd>
      <dt>{t('diary.entry.course')}</dt>
      <dd>{what(entry)}</dd>
      <dt>{t('diary.entry.status')}</dt>
      <dd>
        <span className={`badge badge--status-${entry.status}`}>{t(`diary.statuses.${entry.status}`)}</span>
        {entry.remindedAt && (
          <span className="muted small">
            {' '}
            · {t('diary.entry.reminded', { when: formatDateTime(entry.remindedAt) })}
          </span>
        )}
      </dd>
      {entry.cancelReason && (
        <>
          <dt>{t('diary.entry.cancelReason')}</dt>
          <dd>{entry.cancelReason}</dd>
        </>
      )}
      {entry.note && (
        <>
          <dt>{t('diary.entry.note')}</dt>
          <dd>{entry.note}</dd>
        </>
      )}
      {entry.needs.length > 0 && (
        <>
          <dt>{t('diary.entry.needs')}</dt>
          <dd>
            <NeedList entry={entry} />
          </dd>
        </>
      )}
    </dl>
  );
}
