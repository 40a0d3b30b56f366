import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicRestored } from '../../../shared/vault/schema';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { RadioGroup } from '../components/form/RadioGroup';
import { TextField } from '../components/form/TextField';
import { NewPassphraseFields, PassphraseField } from './PassphraseField';
import { RecoveryKeyField } from './RecoveryKeyField';
import { useLockForm } from './useLockForm';
import { useNewPassphrase } from './useNewPassphrase';
import { RetryFormActions } from './WaitBeforeRetry';

type Method = 'passphrase' | 'recoveryKey';

/**
 * First start on a new computer: a backup file (for example on a USB stick) brings the clinic back.
 * It carries its own wrapped key ring, so the passphrase of its time, or the printed recovery key
 * with a new passphrase, opens it.
 */
export function RestoreClinicScreen({
  onRestored,
  onIssued,
}: {
  onRestored: (restored: ClinicRestored) => void;
  onIssued: (recoveryKey: string) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState('');
  const [method, setMethod] = useState<Method>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const next = useNewPassphrase();
  const form = useLockForm(
    () =>
      clinic.vault.restoreClinic(
        method === 'passphrase'
          ? { method, file, passphrase }
          : { method, file, recoveryKey, passphrase: next.passphrase, confirmation: next.confirmation },
      ),
    (restored) => (restored.recoveryKey ? onIssued(restored.recoveryKey) : onRestored(restored)),
  );
  return (
    <form
      className="session-form"
      onSubmit={form.run}
      noValidate
      aria-label={t('session.restoreClinicTitle')}
    >
      <p>{t('session.restoreClinicBody')}</p>
      <TextField
        label={t('session.backupFile')}
        hint={t('session.backupFileHint')}
        error={form.fields.file}
        required
        value={file}
        autoComplete="off"
        spellCheck={false}
        onChange={setFile}
      />
      <RadioGroup
        legend={t('session.openWith')}
        name="restore-method"
        options={['passphrase', 'recoveryKey'] as const}
        label={(m) => t(`session.openWithOption.${m}`)}
        value={method}
        onChange={setMethod}
        className="choice-group"
        optionClassName="checkbox checkbox--block"
      />
      {method === 'passphrase' ? (
        <PassphraseField
          label={t('session.backupPassphrase')}
          value={passphrase}
          onChange={setPassphrase}
          error={form.fields.passphrase}
        />
      ) : (
        <>
          <RecoveryKeyField value={recoveryKey} onChange={setRecoveryKey} error={form.fields.recoveryKey} />
          <NewPassphraseFields {...next.fields} errors={form.fields} />
        </>
      )}
      <FormAlert message={form.error} />
      <RetryFormActions form={form} submitLabel={t('session.restoreClinicSubmit')} />
    </form>
  );
}
