import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { PassphraseField } from './PassphraseField';
import { useSessionForm } from './useSessionForm';

/** First start: choose the passphrase that encrypts the clinic's data. */
export function SetupScreen({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useSessionForm(
    () => clinic.session.setup({ passphrase, confirmation }),
    (v) => onIssued(v.recoveryKey),
  );
  return (
    <form className="session-card" onSubmit={form.run} noValidate aria-labelledby="setup-title">
      <h1 id="setup-title">{t('session.setupTitle')}</h1>
      <p>{t('session.setupBody')}</p>
      <PassphraseField
        label={t('session.newPassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={form.fields.passphrase}
        withStrength
        autoFocus
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('session.confirmPassphrase')}
        value={confirmation}
        onChange={setConfirmation}
        error={form.fields.confirmation}
        autoComplete="new-password"
      />
      {form.error && (
        <p className="alert alert--error" role="alert">
          {t(form.error, { defaultValue: form.error })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('session.working') : t('session.setupSubmit')}
      </button>
    </form>
  );
}
