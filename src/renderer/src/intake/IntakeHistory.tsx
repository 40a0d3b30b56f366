import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../components/Card';
import { ImportedBadge } from '../components/ImportedFrom';
import { formatDateTime } from '../format';
import { useIntakes } from './queries';

/** Every intake of a patient, newest first, with links to view, resume or compare. */
export function IntakeHistory({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const intakes = useIntakes(patientId);
  const list = intakes.data ?? [];
  const signed = list.filter((i) => i.status === 'signed');
  return (
    <Card id="intakes-title" title={t('intake.historyTitle')} className="card--wide">
      {intakes.data && list.length === 0 && <p className="muted">{t('intake.historyEmpty')}</p>}
      <ol className="history">
        {list.map((i) => {
          const previous = signed.find((s) => s.signedAt && i.signedAt && s.signedAt < i.signedAt);
          return (
            <li key={i.id} className="intake-row">
              {i.status === 'signed' && i.signedAt ? (
                <>
                  <span>
                    {i.imported ? (
                      <ImportedBadge from={i.imported} />
                    ) : (
                      <strong>{t('intake.signedOn', { date: formatDateTime(i.signedAt) })}</strong>
                    )}{' '}
                    <span className="muted">
                      {t('intake.questionnaireVersion', { version: i.definitionVersion })}
                    </span>
                  </span>
                  <span className="intake-row__links">
                    <Link to={`/patients/${patientId}/intakes/${i.id}`}>
                      {t('intake.viewIntake', { date: formatDateTime(i.signedAt) })}
                    </Link>
                    {previous && (
                      <Link to={`/patients/${patientId}/intakes/compare?from=${previous.id}&to=${i.id}`}>
                        {t('intake.whatChanged')}
                      </Link>
                    )}
                  </span>
                </>
              ) : (
                <>
                  <span>
                    <strong>{t('intake.draft')}</strong>{' '}
                    <span className="muted">
                      {t('intake.lastSaved', { date: formatDateTime(i.updatedAt) })}
                    </span>
                  </span>
                  <Link to={`/patients/${patientId}/intakes/${i.id}/edit`}>{t('intake.resumeDraft')}</Link>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
