import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicRestored } from '../../../shared/vault/schema';
import { clinic } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { ExploreSample } from '../sample/SampleBanner';
import { NewPassphraseFields } from './PassphraseField';
import { RestoreClinicScreen } from './RestoreClinicScreen';
import { useLockForm } from './useLockForm';
import { useNewPassphrase } from './useNewPassphrase';

type Start = 'new' | 'restore';

/** First start: a new clinic (choose the passphrase that encrypts it) or one brought back from a backup. */
export function SetupScreen({
  onCreated,
  onIssued,
  onRestored,
  onSampleOpened,
}: {
  /** A new clinic was created: its recovery key, then the first-start setup. */
  onCreated: (recoveryKey: string) => void;
  onIssued: (recoveryKey: string) => void;
  onRestored: (restored: ClinicRestored) => void;
  /** The sample clinic of invented patients was opened instead. */
  onSampleOpened: () => void;
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
        <NewClinicForm onIssued={onCreated} />
      ) : (
        <RestoreClinicScreen onIssued={onIssued} onRestored={onRestored} />
      )}
      <ExploreSample onOpened={onSampleOpened} />
    </section>
  );
}

function NewClinicForm({ onIssued }: { onIssued: (recoveryKey: string) => void }) {
  const { t } = useTranslation();
  const next = useNewPassphrase();
  const form = useLockForm(
    () => clinic.vault.setup({ passphrase: next.passphrase, confirmation: next.confirmation }),
    (v) => onIssued(v.recoveryKey),
  );
  return (
    <form className="session-form" onSubmit={form.run} noValidate aria-label={t('session.start.new')}>
      <p>{t('session.setupBody')}</p>
      <NewPassphraseFields {...next.fields} errors={form.fields} autoFocus />
      <FormAlert message={form.error} />
      <BusyButton label={t('session.setupSubmit')} busyLabel={t('session.working')} busy={form.busy} />
    </form>
  );
}
