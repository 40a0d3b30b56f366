import { useTranslation } from 'react-i18next';

/** "Wait n seconds" after wrong passphrases, announced; nothing once the delay is over. */
export function WaitBeforeRetry({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds <= 0) return null;
  return (
    <p className="muted" role="status">
      {t('session.waitBeforeRetry', { count: seconds })}
    </p>
  );
}
