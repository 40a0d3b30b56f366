import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form/TextField';

/** The recovery key as printed on the sheet, typed in. */
export function RecoveryKeyField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('session.recoveryKeyLabel')}
      error={props.error}
      required
      value={props.value}
      autoComplete="off"
      spellCheck={false}
      onChange={props.onChange}
    />
  );
}
