import { useTranslation } from 'react-i18next';
import { Card } from '../components/Card';
import { formatDateTime } from '../format';
import { usePatientHistory } from './queries';

/** The change log of a patient's details: what changed, from what, to what, and when. */
export function PatientHistory({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const history = usePatientHistory(patientId);
  return (
    <Card id="history-title" title={t('detail.history')}>
      {history.data?.length === 0 && <p className="muted">{t('detail.historyEmpty')}</p>}
      <ol className="history">
        {history.data?.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
            <strong>{t(`detail.historyActions.${entry.action}`)}</strong>
            {entry.action === 'updated' && (
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.field}>
                    {t('detail.changeLine', {
                      field: t(`form.${c.field}`),
                      from: c.from ?? t('detail.emptyValue'),
                      to: c.to ?? t('detail.emptyValue'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
