import type { InputHTMLAttributes } from 'react';
import { Field } from '../Field';

interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'required'> {
  label: string;
  value: string;
  /** Called with the text typed. */
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  wide?: boolean;
}

/** A labelled input on a piece of component state (not a react-hook-form field), its error under it. */
export function TextField({ label, value, onChange, error, hint, required, wide, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} required={required} wide={wide}>
      {(a) => <input {...a} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
