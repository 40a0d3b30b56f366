import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { anchorCode } from '../../../shared/audit/anchor';
import { apiQuery, clinic } from '../api/clinic';
import { Detail } from '../components/Detail';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../format';

/** The chain as it stands, as a short code the practitioner writes down to check against later. */
export function AnchorCard() {
  const { t } = useTranslation();
  const anchor = useQuery({
    ...apiQuery(['audit', 'anchor'], () => clinic.audit.anchor({})),
  });
  return (
    <section className="card audit__anchor" aria-labelledby="anchor-title">
      <h2 id="anchor-title">{t('audit.anchorTitle')}</h2>
      <p className="muted">{t('audit.anchorIntro')}</p>
      {!anchor.data ? (
        <QueryState query={anchor} />
      ) : (
        <>
          <dl className="audit__anchor-facts">
            <div>
              <Detail label={t('audit.anchorCode')}>
                <code className="audit__code">{anchorCode(anchor.data)}</code>
              </Detail>
            </div>
            <div>
              <Detail label={t('audit.anchorEntries')}>
                {t('audit.entries', { count: anchor.data.count })}
              </Detail>
            </div>
            <div>
              <Detail label={t('audit.anchorTaken')}>
                <time dateTime={anchor.data.at}>{formatDateTime(anchor.data.at)}</time>
              </Detail>
            </div>
          </dl>
          <details className="audit__full">
            <summary>{t('audit.anchorFull')}</summary>
            <code className="audit__code audit__code--full">{anchorCode(anchor.data, true)}</code>
          </details>
          <button type="button" className="button button--small" onClick={() => anchor.refetch()}>
            {t('audit.anchorRefresh')}
          </button>
        </>
      )}
    </section>
  );
}
