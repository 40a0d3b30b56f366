import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { NewPassphraseFields } from './PassphraseField';
import { useLockForm } from './useLockForm';

/** Forgotten passphrase: the recovery key from the printed sheet opens the data and sets a new one. */
export function RecoverScreen({
  onIssued,
  onCancel,
}: {
  onIssued: (key: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useLockForm(
    () => clinic.vault.recover({ recoveryKey, passphrase, confirmation }),
    (v) => onIssued(v.recoveryKey),
  );
  return (
    <form className="session-card" onSubmit={form.run} noValidate aria-labelledby="recover-title">
      <h1 id="recover-title">{t('session.recoverTitle')}</h1>
      <p>{t('session.recoverBody')}</p>
      <Field label={t('session.recoveryKeyLabel')} error={form.fields.recoveryKey} required>
        {(a) => (
          <input
            {...a}
            value={recoveryKey}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setRecoveryKey(e.target.value)}
          />
        )}
      </Field>
      <NewPassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        errors={form.fields}
      />
      <FormAlert message={form.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('session.working') : t('session.recoverSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
