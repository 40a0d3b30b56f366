import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../components/form/FormActions';
import { useCountdown } from './useCountdown';

/** "Wait n seconds" after wrong passphrases, announced; nothing once the delay is over. */
function WaitBeforeRetry({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  if (seconds <= 0) return null;
  return (
    <p className="muted" role="status">
      {t('session.waitBeforeRetry', { count: seconds })}
    </p>
  );
}

/** A passphrase form's buttons: the submit button held back, and saying why, while a retry must wait. */
export function RetryFormActions({
  form,
  submitLabel,
  children,
}: {
  form: { busy: boolean; retryAfterMs: number };
  submitLabel: string;
  /** Further buttons after the submit button. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const waitSeconds = useCountdown(form.retryAfterMs);
  return (
    <>
      <WaitBeforeRetry seconds={waitSeconds} />
      <FormActions
        submitLabel={submitLabel}
        pendingLabel={t('session.working')}
        pending={form.busy}
        disabled={waitSeconds > 0}
      >
        {children}
      </FormActions>
    </>
  );
}
