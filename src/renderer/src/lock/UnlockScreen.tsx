import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { PathField } from '../components/form/PathField';
import { formatDateTime } from '../format';
import { PassphraseField } from './PassphraseField';
import { useLockForm } from './useLockForm';
import { RetryFormActions } from './WaitBeforeRetry';

/** The lock screen: nothing of the clinic's data is on screen or in memory until this succeeds. */
export function UnlockScreen({ onUnlocked, onRecover }: { onUnlocked: () => void; onRecover: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useLockForm(() => clinic.vault.unlock({ passphrase }), onUnlocked);
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
      />
      {form.error === 'errors.databaseDamaged' ? (
        <DamagedDatabase
          passphrase={passphrase}
          backup={(form.details as { backup?: BackupInfo | null } | undefined)?.backup ?? null}
          onRestored={onUnlocked}
        />
      ) : (
        <FormAlert message={form.error} />
      )}
      <RetryFormActions form={form} submitLabel={t('session.unlock')}>
        <button type="button" className="button" onClick={onRecover}>
          {t('session.useRecoveryKey')}
        </button>
      </RetryFormActions>
    </form>
  );
}

/**
 * The database failed its check at unlock: instead of failing (or starting empty), offer the newest
 * verified backup, or a backup file typed in (e.g. copied from a USB stick).
 */
function DamagedDatabase(props: { passphrase: string; backup: BackupInfo | null; onRestored: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState(props.backup?.file ?? '');
  const restore = useLockForm(
    () => clinic.vault.restoreDamaged({ passphrase: props.passphrase, file }),
    props.onRestored,
  );
  const patients = props.backup?.contents?.counts.patients ?? 0;
  return (
    <div className="alert alert--error unlock-damaged" role="alert">
      <p>{t(props.backup ? 'errors.databaseDamaged' : 'errors.databaseDamagedNoBackup')}</p>
      {props.backup && (
        <p>{t('session.newestBackup', { date: formatDateTime(props.backup.createdAt), count: patients })}</p>
      )}
      <PathField label={t('data.restoreFile')} error={restore.fields.file} value={file} onChange={setFile} />
      {restore.error && <p>{t(restore.error, { defaultValue: restore.error })}</p>}
      {restore.fields.passphrase && <p>{t(restore.fields.passphrase)}</p>}
      <BusyButton
        type="button"
        label={t('session.restoreNewest')}
        busyLabel={t('data.restoring')}
        busy={restore.busy}
        disabled={!file.trim()}
        onClick={() => void restore.run()}
      />
    </div>
  );
}
