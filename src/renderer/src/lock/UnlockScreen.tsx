import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { clinic } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { formatDateTime } from '../format';
import { PassphraseField } from './PassphraseField';
import { useLockForm } from './useLockForm';

/** The lock screen: nothing of the clinic's data is on screen or in memory until this succeeds. */
export function UnlockScreen({ onUnlocked, onRecover }: { onUnlocked: () => void; onRecover: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useLockForm(() => clinic.vault.unlock({ passphrase }), onUnlocked);
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
      {form.error === 'errors.databaseDamaged' ? (
        <DamagedDatabase
          passphrase={passphrase}
          backup={(form.details as { backup?: BackupInfo | null } | undefined)?.backup ?? null}
          onRestored={onUnlocked}
        />
      ) : (
        <FormAlert message={form.error} />
      )}
      {waitSeconds > 0 && (
        <p className="muted" role="status">
          {t('session.waitBeforeRetry', { count: waitSeconds })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.busy || waitSeconds > 0}>
          {form.busy ? t('session.working') : t('vault.unlock')}
        </button>
        <button type="button" className="button" onClick={onRecover}>
          {t('session.useRecoveryKey')}
        </button>
      </div>
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
      <Field label={t('data.restoreFile')} error={restore.fields.file}>
        {(a) => (
          <input
            {...a}
            type="text"
            spellCheck={false}
            maxLength={1000}
            value={file}
            onChange={(e) => setFile(e.target.value)}
          />
        )}
      </Field>
      {restore.error && <p>{t(restore.error, { defaultValue: restore.error })}</p>}
      {restore.fields.passphrase && <p>{t(restore.fields.passphrase)}</p>}
      <button
        type="button"
        className="button button--primary"
        disabled={restore.busy || !file.trim()}
        onClick={() => void restore.run()}
      >
        {restore.busy ? t('data.restoring') : t('session.restoreNewest')}
      </button>
    </div>
  );
}

/** Whole seconds left of a wrong-passphrase delay, ticking down on screen. */
export function useCountdown(ms: number): number {
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
