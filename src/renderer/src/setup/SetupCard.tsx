import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../components/Card';
import { firstPendingStep, SETUP_STEPS } from './steps';
import { useSetupStatus } from './useSetupStatus';

/** Settings' way back into the first-start setup: what is done, and where to carry on. */
export function SetupCard() {
  const { t } = useTranslation();
  const status = useSetupStatus();
  if (!status) return null;
  const pending = firstPendingStep(status);
  return (
    <Card id="setup-card-title" title={t('setup.cardTitle')}>
      <ul className="setup-checklist">
        {SETUP_STEPS.map((s) => (
          <li key={s.id}>
            {t(`setup.steps.${s.id}.title`)}:{' '}
            {s.done(status) ? (
              <span className="badge badge--ok">{t('setup.done')}</span>
            ) : (
              <span className="badge badge--muted">{t('setup.notDone')}</span>
            )}
          </li>
        ))}
      </ul>
      <Link className="button" to={`/setup?step=${(pending ?? SETUP_STEPS[0])?.id}`}>
        {pending ? t('setup.resume') : t('setup.review')}
      </Link>
    </Card>
  );
}
