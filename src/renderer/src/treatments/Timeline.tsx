import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEntry } from '../../../shared/treatments/schema';
import { Card } from '../components/Card';
import { ImportedBadge } from '../components/ImportedFrom';
import { formatDate, formatDateTime, formatWallTime } from '../format';
import { useTimeline } from './queries';

/** A date-only value (YYYY-MM-DD), a local date and time (YYYY-MM-DDTHH:mm) or a UTC instant. */
function when(at: string): string {
  if (at.length === 10) return formatDate(at);
  if (at.length === 16) return `${formatDate(at.slice(0, 10))} ${formatWallTime(at.slice(11))}`;
  return formatDateTime(at);
}

function EntryLink({ patientId, entry }: { patientId: number; entry: TimelineEntry }) {
  const { t } = useTranslation();
  switch (entry.kind) {
    case 'intake':
      return (
        <Link to={`/patients/${patientId}/intakes/${entry.id}`}>
          {t(
            entry.imported
              ? 'treatments.timeline.intakeImported'
              : entry.detail === 'signed'
                ? 'treatments.timeline.intakeSigned'
                : 'treatments.timeline.intakeDraft',
          )}
        </Link>
      );
    case 'session':
      return (
        <Link to={`/patients/${patientId}/sessions/${entry.id}`}>
          {entry.imported
            ? t('treatments.timeline.sessionImported', { n: entry.sequence })
            : entry.detail === 'signed'
              ? t('treatments.timeline.sessionSigned', { n: entry.sequence })
              : t('treatments.timeline.sessionDraft')}
        </Link>
      );
    case 'amendment':
      return (
        <Link to={`/patients/${patientId}/sessions/${entry.parentId}`}>
          {t('treatments.timeline.amendment')}
        </Link>
      );
    case 'adverse-event':
      return (
        <a href={`#adverse-event-${entry.id}`}>
          {t('treatments.timeline.adverseEvent', { type: t(`treatments.aeTypes.${entry.detail}`) })}
        </a>
      );
    case 'appointment':
      return (
        <span>
          {t('treatments.timeline.appointment', {
            status: t(`diary.statuses.${entry.detail}`),
          })}
          {entry.sequence ? ` · ${t('diary.entry.sessionN', { n: entry.sequence })}` : ''}
        </span>
      );
    case 'document':
      return (
        <Link to={`/patients/${patientId}/documents/${entry.id}`}>
          {t(`treatments.timeline.document.${entry.detail === 'consent' ? 'consent' : 'aftercare'}`)}
        </Link>
      );
    case 'photo': {
      const label = t('treatments.timeline.photo', { moment: t(`photos.moments.${entry.detail}`) });
      // An archived photo is out of the gallery, so there is nothing to link to: the entry says why.
      if (entry.archivedAt)
        return (
          <span>
            {label}{' '}
            <span className="badge badge--archived">
              {t('treatments.timeline.photoArchived', {
                date: formatDate(entry.archivedAt.slice(0, 10)),
                reason: entry.note,
              })}
            </span>
          </span>
        );
      return <a href={`#photo-${entry.id}`}>{label}</a>;
    }
    case 'photo-skip':
      return (
        <Link to={`/patients/${patientId}/sessions/${entry.parentId}`}>
          {t('treatments.timeline.photoSkipped', {
            view: t(`photos.views.${entry.detail}`),
            reason: entry.note,
          })}
        </Link>
      );
  }
}

/** Everything on the patient's record, newest first. */
export function Timeline({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const timeline = useTimeline(patientId);
  return (
    <Card id="timeline-title" title={t('treatments.timeline.title')}>
      {timeline.data?.items.length === 0 && <p className="muted">{t('treatments.timeline.empty')}</p>}
      {timeline.data && timeline.data.items.length > 0 && (
        <ol className="timeline">
          {timeline.data.items.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} className={`timeline__item timeline__item--${entry.kind}`}>
              <span className="timeline__when">{when(entry.at)}</span>{' '}
              <EntryLink patientId={patientId} entry={entry} />
              {entry.imported && (
                <>
                  {' '}
                  <ImportedBadge from={entry.imported} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {timeline.data && timeline.data.total > timeline.data.items.length && (
        <p className="muted small">
          {t('treatments.timeline.more', { shown: timeline.data.items.length, total: timeline.data.total })}
        </p>
      )}
    </Card>
  );
}
