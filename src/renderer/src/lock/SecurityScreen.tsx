import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { useLock, VAULT_KEY } from './LockGate';
import { NewPassphraseFields, PassphraseField } from './PassphraseField';
import { useLockForm } from './useLockForm';

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
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => unwrap(clinic.settings.get({})) });
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
      <Field
        label={t('security.autoLockMinutes')}
        hint={t('security.autoLockHint')}
        error={form.fields['patch.autoLockMinutes']}
      >
        {(a) => (
          <input
            {...a}
            type="number"
            min={1}
            max={240}
            inputMode="numeric"
            value={value}
            onChange={(e) => setMinutes(e.target.value)}
          />
        )}
      </Field>
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
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useLockForm(
    () => clinic.vault.changePassphrase({ current, passphrase, confirmation }),
    (v) => {
      setCurrent('');
      setPassphrase('');
      setConfirmation('');
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
        autoComplete="current-password"
      />
      <NewPassphraseFields
        passphrase={passphrase}
        confirmation={confirmation}
        onPassphrase={setPassphrase}
        onConfirmation={setConfirmation}
        errors={form.fields}
      />
      <FormAlert message={form.error} />
      <button type="submit" className="button button--primary" disabled={form.busy}>
        {form.busy ? t('session.working') : t('security.changeSubmit')}
      </button>
    </form>
  );
}
