import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicRestored } from '../../../shared/vault/schema';
import { clinic } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { NewPassphraseFields, PassphraseField } from './PassphraseField';
import { useCountdown } from './UnlockScreen';
import { useLockForm } from './useLockForm';

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
  const [newPassphrase, setNewPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useLockForm(
    () =>
      clinic.vault.restoreClinic(
        method === 'passphrase'
          ? { method, file, passphrase }
          : { method, file, recoveryKey, passphrase: newPassphrase, confirmation },
      ),
    (restored) => (restored.recoveryKey ? onIssued(restored.recoveryKey) : onRestored(restored)),
  );
  const waitSeconds = useCountdown(form.retryAfterMs);
  return (
    <form className="session-form" onSubmit={form.run} noValidate aria-labelledby="restore-clinic-title">
      <h2 id="restore-clinic-title">{t('session.restoreClinicTitle')}</h2>
      <p>{t('session.restoreClinicBody')}</p>
      <Field
        label={t('session.backupFile')}
        hint={t('session.backupFileHint')}
        error={form.fields.file}
        required
      >
        {(a) => (
          <input
            {...a}
            value={file}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setFile(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="choice-group">
        <legend>{t('session.openWith')}</legend>
        {(['passphrase', 'recoveryKey'] as const).map((m) => (
          <label key={m} className="checkbox checkbox--block">
            <input type="radio" name="restore-method" checked={method === m} onChange={() => setMethod(m)} />
            {t(`session.openWithOption.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === 'passphrase' ? (
        <PassphraseField
          label={t('session.backupPassphrase')}
          value={passphrase}
          onChange={setPassphrase}
          error={form.fields.passphrase}
          autoComplete="current-password"
        />
      ) : (
        <>
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
            passphrase={newPassphrase}
            confirmation={confirmation}
            onPassphrase={setNewPassphrase}
            onConfirmation={setConfirmation}
            errors={form.fields}
          />
        </>
      )}
      <FormAlert message={form.error} />
      {waitSeconds > 0 && (
        <p className="muted" role="status">
          {t('session.waitBeforeRetry', { count: waitSeconds })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={form.busy || waitSeconds > 0}>
        {form.busy ? t('session.working') : t('session.restoreClinicSubmit')}
      </button>
    </form>
  );
}
