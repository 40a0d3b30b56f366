import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { TextField } from '../components/form/TextField';
import { useSettings } from '../settings/queries';
import { useLock, VAULT_KEY } from './LockGate';
import { NewPassphraseFields, PassphraseField } from './PassphraseField';
import { useLockForm } from './useLockForm';
import { useNewPassphrase } from './useNewPassphrase';

/** Security settings: change the passphrase (re-keys the database) and the auto-lock delay. */
export function SecurityScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="security">
      <h1>{t('security.title')}</h1>
      <AutoLockSettings onNotice={onNotice} />
      <ChangePassphrase />
      <p className="muted small">{t('security.explainer')}</p>
    </div>
  );
}

function AutoLockSettings({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const [minutes, setMinutes] = useState<string | null>(null);
  const form = useLockForm(
    () => clinic.settings.update({ patch: { autoLockMinutes: Number(minutes) } }),
    async () => {
      await queryClient.invalidateQueries({ queryKey: ['settings'] });
      await queryClient.invalidateQueries({ queryKey: VAULT_KEY });
      onNotice(t('detail.saved'));
    },
  );
  const value = minutes ?? String(settings.data?.autoLockMinutes ?? '');
  return (
    <form className="card" onSubmit={form.run} noValidate aria-labelledby="autolock-title">
      <h2 id="autolock-title">{t('security.autoLockTitle')}</h2>
      <TextField
        label={t('security.autoLockMinutes')}
        hint={t('security.autoLockHint')}
        error={form.fields['patch.autoLockMinutes']}
        type="number"
        min={1}
        max={240}
        inputMode="numeric"
        value={value}
        onChange={setMinutes}
      />
      <button type="submit" className="button" disabled={form.busy}>
        {t('security.saveAutoLock')}
      </button>
    </form>
  );
}

function ChangePassphrase() {
  const { t } = useTranslation();
  const vault = useLock();
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const form = useLockForm(
    () =>
      clinic.vault.changePassphrase({
        current,
        passphrase: next.passphrase,
        confirmation: next.confirmation,
      }),
    (v) => {
      setCurrent('');
      next.clear();
      vault.showRecoveryKey(v.recoveryKey);
    },
  );
  return (
    <form className="card" onSubmit={form.run} noValidate aria-labelledby="change-title">
      <h2 id="change-title">{t('security.changeTitle')}</h2>
      <p className="muted">{t('security.changeBody')}</p>
      <PassphraseField
        label={t('security.currentPassphrase')}
        value={current}
        onChange={setCurrent}
        error={form.fields.current}
      />
      <NewPassphraseFields {...next.fields} errors={form.fields} />
      <FormAlert message={form.error} />
      <BusyButton label={t('security.changeSubmit')} busyLabel={t('session.working')} busy={form.busy} />
    </form>
  );
}
