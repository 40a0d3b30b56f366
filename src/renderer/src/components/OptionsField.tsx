import { useTranslation } from 'react-i18next';
import { Field } from './Field';

interface OptionsFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  /** i18n key prefix: each option is shown as t(`${labelPrefix}.${option}`). */
  labelPrefix: string;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  /** When given, a first option with the value '' (nothing chosen yet, or "any"). */
  emptyLabel?: string;
}

/** A labelled <select> over a fixed list of values (an enum of the shared schema), optionally none. */
export function OptionsField<T extends string>(props: OptionsFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(a) => (
        <select {...a} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
          {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
          {props.options.map((option) => (
            <option key={option} value={option}>
              {t(`${props.labelPrefix}.${option}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
