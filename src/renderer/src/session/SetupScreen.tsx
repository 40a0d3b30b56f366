import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { NewPassphraseFields } from './PassphraseField';
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
      <NewPassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        errors={form.fields}
        autoFocus
      />
      <FormAlert message={form.error} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('session.working') : t('session.setupSubmit')}
      </button>
    </form>
  );
}
