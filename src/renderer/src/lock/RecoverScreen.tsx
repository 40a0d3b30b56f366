import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { NewPassphraseFields } from './PassphraseField';
import { RecoveryKeyField } from './RecoveryKeyField';
import { useLockForm } from './useLockForm';
import { useNewPassphrase } from './useNewPassphrase';

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
  const next = useNewPassphrase();
  const form = useLockForm(
    () => clinic.vault.recover({ recoveryKey, passphrase: next.passphrase, confirmation: next.confirmation }),
    (v) => onIssued(v.recoveryKey),
  );
  return (
    <form className="session-card" onSubmit={form.run} noValidate aria-labelledby="recover-title">
      <h1 id="recover-title">{t('session.recoverTitle')}</h1>
      <p>{t('session.recoverBody')}</p>
      <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} error={form.fields.recoveryKey} />
      <NewPassphraseFields {...next.fields} errors={form.fields} />
      <FormAlert message={form.error} />
      <FormActions
        submitLabel={t('session.recoverSubmit')}
        pendingLabel={t('session.working')}
        pending={form.busy}
        onCancel={onCancel}
      />
    </form>
  );
}
