import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lot } from '../../../shared/catalog/schema';
import type { RecallRow } from '../../../shared/treatments/schema';
import { Card } from '../components/Card';
import { Table } from '../components/Table';
import { BookDueButton } from '../diary/BookDueButton';
import { formatDate, formatWallTime } from '../format';
import { useSettings } from '../settings/queries';
import { useExpiringLots, useRecallList } from './queries';

function LotList({ lots, expired }: { lots: Lot[]; expired: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="home-list">
      {lots.map((lot) => (
        <li key={lot.id}>
          <span className="mono">{lot.lotNumber}</span> · {lot.productName}
          <span className="muted small">
            {' '}
            ·{' '}
            {t(expired ? 'treatments.home.expiredOn' : 'treatments.home.expiresOn', {
              date: formatDate(lot.expiryDate),
            })}{' '}
            ·{' '}
            {t('treatments.home.left', {
              remaining: lot.quantityRemaining,
              unit: t(`treatments.units.${lot.unit}`),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The appointment already booked for a due session: opens it in the week view of the diary. */
function BookedLink({
  booked,
  patientName,
}: {
  booked: NonNullable<RecallRow['booked']>;
  patientName: string;
}) {
  const { t } = useTranslation();
  const when = { date: formatDate(booked.date), time: formatWallTime(booked.time) };
  return (
    <Link
      to={`/diary/week?date=${booked.date}&open=${booked.appointmentId}`}
      aria-label={t('diary.book.bookedForName', { ...when, name: patientName })}
    >
      {t('diary.book.bookedFor', when)}
    </Link>
  );
}

/** The home screen's work lists: lots to use up or discard, and patients due back. */
export function HomeLists() {
  const { t } = useTranslation();
  const settings = useSettings();
  const lots = useExpiringLots();
  const recall = useRecallList(settings.data?.recallAheadDays ?? 7);
  return (
    <div className="home-lists">
      <Card id="recall-list-title" title={t('treatments.home.recallTitle')}>
        {recall.data?.length === 0 && <p className="muted">{t('treatments.home.noRecalls')}</p>}
        {recall.data && recall.data.length > 0 && (
          <Table
            headings={[
              t('treatments.home.patient'),
              t('treatments.home.what'),
              t('treatments.home.due'),
              t('diary.book.recallColumn'),
            ]}
          >
            {recall.data.map((r) => (
              <tr key={r.courseId}>
                <td>
                  <Link to={`/patients/${r.patientId}`}>{r.patientName}</Link>
                  <div className="muted small">{r.phone ?? r.patientNumber}</div>
                </td>
                <td>
                  {r.indication}
                  <div className="muted small">
                    {r.phase === 'maintenance'
                      ? t('treatments.home.maintenance')
                      : t('treatments.home.sessionN', { n: r.sessionNumber })}
                  </div>
                </td>
                <td>
                  {t('treatments.home.window', {
                    from: formatDate(r.dueDate),
                    to: formatDate(r.latestDate),
                  })}{' '}
                  <span className={`badge badge--${r.standing}`}>
                    {t(`treatments.standing.${r.standing}`)}
                  </span>
                </td>
                <td>
                  {r.booked ? (
                    <BookedLink booked={r.booked} patientName={r.patientName} />
                  ) : (
                    <BookDueButton
                      courseId={r.courseId}
                      patientName={r.patientName}
                      label={t('diary.book.bookFromRecall')}
                      ariaLabel={t('diary.book.bookFromRecallFor', { name: r.patientName })}
                    />
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card id="lots-home-title" title={t('treatments.home.lotsTitle')}>
        {lots.data && !lots.data.expired.length && !lots.data.expiring.length && (
          <p className="muted">{t('treatments.home.noLots', { count: lots.data.windowDays })}</p>
        )}
        {lots.data && lots.data.expired.length > 0 && (
          <>
            <h3 className="home-subtitle home-subtitle--danger">{t('treatments.home.expired')}</h3>
            <LotList lots={lots.data.expired} expired />
          </>
        )}
        {lots.data && lots.data.expiring.length > 0 && (
          <>
            <h3 className="home-subtitle">
              {t('treatments.home.expiring', { count: lots.data.windowDays })}
            </h3>
            <LotList lots={lots.data.expiring} expired={false} />
          </>
        )}
        <Link to="/products">{t('treatments.home.manageLots')}</Link>
      </Card>
    </div>
  );
}
