import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { PassphraseField } from './PassphraseField';
import { useSessionForm } from './useSessionForm';

/** The lock screen: nothing of the clinic's data is on screen or in memory until this succeeds. */
export function UnlockScreen({ onUnlocked, onRecover }: { onUnlocked: () => void; onRecover: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useSessionForm(() => clinic.session.unlock({ passphrase }), onUnlocked);
  const waitSeconds = useCountdown(form.retryAfterMs);
  return (
    <form className="session-card" onSubmit={form.run} noValidate aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('session.unlockTitle')}</h1>
      <p>{t('session.unlockBody')}</p>
      <PassphraseField
        label={t('session.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.fields.passphrase}
        autoFocus
        autoComplete="current-password"
      />
      <FormAlert message={form.error} />
      {waitSeconds > 0 && (
        <p className="muted" role="status">
          {t('session.waitBeforeRetry', { count: waitSeconds })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy || waitSeconds > 0}>
          {form.busy ? t('session.working') : t('session.unlock')}
        </button>
        <button type="button" className="button" onClick={onRecover}>
          {t('session.useRecoveryKey')}
        </button>
      </div>
    </form>
  );
}

function useCountdown(ms: number): number {
  const [until, setUntil] = useState(0);
  const [, tick] = useState(0);
  useEffect(() => setUntil(ms > 0 ? Date.now() + ms : 0), [ms]);
  useEffect(() => {
    if (!until) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0;
}
