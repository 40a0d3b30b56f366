import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format';
import { usePatientDocuments } from './queries';

/** The documents section of the patient page: what was signed or given, and how to start a new one. */
export function PatientDocuments({ patientId, archived }: { patientId: number; archived: boolean }) {
  const { t } = useTranslation();
  const documents = usePatientDocuments(patientId);
  return (
    <section className="card documents" aria-labelledby="documents-title">
      <div className="documents__header">
        <h2 id="documents-title">{t('documents.sectionTitle')}</h2>
        {!archived && (
          <div className="documents__actions">
            <Link className="button button--small" to={`/patients/${patientId}/documents/new?kind=consent`}>
              {t('documents.newConsent')}
            </Link>
            <Link className="button button--small" to={`/patients/${patientId}/documents/new?kind=aftercare`}>
              {t('documents.newAftercare')}
            </Link>
          </div>
        )}
      </div>
      {documents.data?.length === 0 && <p className="muted">{t('documents.none')}</p>}
      {documents.data && documents.data.length > 0 && (
        <ul className="document-list">
          {documents.data.map((d) => (
            <li key={d.id}>
              <Link to={`/patients/${patientId}/documents/${d.id}`}>{d.title}</Link>
              <span className="muted small">
                {' '}
                · {t(`documents.kinds.${d.kind}`)} · {formatDateTime(d.createdAt)} ·{' '}
                {t('documents.versionShort', { version: d.templateVersion })}
              </span>
              {d.withdrawnOn && <span className="badge badge--muted">{t('documents.withdrawnBadge')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
