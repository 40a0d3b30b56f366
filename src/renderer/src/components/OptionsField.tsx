import { useTranslation } from 'react-i18next';
import { Field } from './Field';

interface ChoiceFieldProps {
  label: string;
  value: string;
  /** The choices in order: the value each stands for and the text shown. */
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** When given, a first option with the value '' (nothing chosen yet, or "any"). */
  emptyLabel?: string;
}

/** A labelled <select> over a list of choices, optionally none, its error right under it. */
export function ChoiceField(props: ChoiceFieldProps) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      {(a) => (
        <select {...a} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface OptionsFieldProps<T extends string>
  extends Omit<ChoiceFieldProps, 'value' | 'choices' | 'onChange'> {
  value: T;
  options: readonly T[];
  /** i18n key prefix: each option is shown as t(`${labelPrefix}.${option}`). */
  labelPrefix: string;
  onChange: (value: T) => void;
}

/** A labelled <select> over a fixed list of values (an enum of the shared schema), optionally none. */
export function OptionsField<T extends string>({
  options,
  labelPrefix,
  onChange,
  ...props
}: OptionsFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      {...props}
      choices={options.map((option) => ({ value: option, label: t(`${labelPrefix}.${option}`) }))}
      onChange={(value) => onChange(value as T)}
    />
  );
}
