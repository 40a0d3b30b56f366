import { useTranslation } from 'react-i18next';
import { passphraseStrength } from '../../../shared/vault/schema';
import { Field } from '../components/Field';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Show the strength hint (for a new passphrase). */
  withStrength?: boolean;
  autoFocus?: boolean;
  /** A passphrase already set, unless this is a new one. */
  autoComplete?: 'current-password' | 'new-password';
}

export function PassphraseField(props: PassphraseFieldProps) {
  const { t } = useTranslation();
  const strength = passphraseStrength(props.value);
  const hint = props.withStrength
    ? props.value
      ? t(`session.strength.${strength}`)
      : t('session.strengthHint')
    : undefined;
  return (
    <Field label={props.label} error={props.error} hint={hint} required>
      {(a) => (
        <>
          <input
            {...a}
            type="password"
            value={props.value}
            autoComplete={props.autoComplete ?? 'current-password'}
            // biome-ignore lint/a11y/noAutofocus: the passphrase is the only thing to do on this screen
            autoFocus={props.autoFocus}
            onChange={(e) => props.onChange(e.target.value)}
          />
          {props.withStrength && props.value && (
            <meter
              className="strength"
              min={0}
              max={3}
              low={1.5}
              high={2.5}
              optimum={3}
              value={['too-short', 'weak', 'fair', 'strong'].indexOf(strength)}
              aria-hidden="true"
            />
          )}
        </>
      )}
    </Field>
  );
}

interface NewPassphraseFieldsProps {
  passphrase: string;
  confirmation: string;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  /** Field errors from main, keyed `passphrase` and `confirmation`. */
  errors: Record<string, string>;
  autoFocus?: boolean;
}

/** A new passphrase with its strength hint, and its repetition. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PassphraseField
        label={t('session.newPassphrase')}
        value={props.passphrase}
        onChange={props.onPassphrase}
        error={props.errors.passphrase}
        withStrength
        autoFocus={props.autoFocus}
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('session.confirmPassphrase')}
        value={props.confirmation}
        onChange={props.onConfirmation}
        error={props.errors.confirmation}
        autoComplete="new-password"
      />
    </>
  );
}
