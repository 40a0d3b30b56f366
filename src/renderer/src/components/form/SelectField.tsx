import { useTranslation } from 'react-i18next';
import { Field } from '../Field';
import type { BoundField } from './useZodForm';

interface SelectFieldProps {
  label: string;
  field: BoundField;
  options: readonly string[];
  /** i18n key prefix: each option is shown as t(`${labelPrefix}.${option}`). */
  labelPrefix: string;
}

/** A labelled <select> over a fixed list of values, bound to its form field, its error right under it. */
export function SelectField({ label, field, options, labelPrefix }: SelectFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={field.error}>
      {(a) => (
        <select {...a} {...field.input}>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`${labelPrefix}.${option}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
