import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicRestored } from '../../../shared/vault/schema';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { NewPassphraseFields } from './PassphraseField';
import { RestoreClinicScreen } from './RestoreClinicScreen';
import { useLockForm } from './useLockForm';

type Start = 'new' | 'restore';

/** First start: a new clinic (choose the passphrase that encrypts it) or one brought back from a backup. */
export function SetupScreen({
  onIssued,
  onRestored,
}: {
  onIssued: (recoveryKey: string) => void;
  onRestored: (restored: ClinicRestored) => void;
}) {
  const { t } = useTranslation();
  const [start, setStart] = useState<Start>('new');
  return (
    <section className="session-card" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('session.setupTitle')}</h1>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('session.howToStart')}</legend>
        {(['new', 'restore'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="segmented__option"
            aria-pressed={start === s}
            onClick={() => setStart(s)}
          >
            {t(`session.start.${s}`)}
          </button>
        ))}
      </fieldset>
      {start === 'new' ? (
        <NewClinicForm onIssued={onIssued} />
      ) : (
        <RestoreClinicScreen onIssued={onIssued} onRestored={onRestored} />
      )}
    </section>
  );
}

function NewClinicForm({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useLockForm(
    () => clinic.vault.setup({ passphrase, confirmation }),
    (v) => onIssued(v.recoveryKey),
  );
  return (
    <form className="session-form" onSubmit={form.run} noValidate aria-label={t('session.start.new')}>
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
