import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field } from '../Field';
import type { BoundField } from './useZodForm';

interface LabelProps {
  label: string;
  field: BoundField;
  /** When the schema reports the problem under another name than the control's (a price typed as text). */
  error?: string;
  required?: boolean;
  hint?: string;
  wide?: boolean;
}

/** A labelled input bound to its form field, its error message right under it. */
export function InputField({
  label,
  field,
  error,
  required,
  hint,
  wide,
  ...input
}: LabelProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>) {
  return (
    <Field label={label} error={error ?? field.error} required={required} hint={hint} wide={wide}>
      {(a) => <input {...a} {...input} {...field.input} />}
    </Field>
  );
}

/** A labelled text area bound to its form field, its error message right under it. */
export function TextAreaField({
  label,
  field,
  error,
  required,
  hint,
  wide,
  ...input
}: LabelProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'required'>) {
  return (
    <Field label={label} error={error ?? field.error} required={required} hint={hint} wide={wide}>
      {(a) => <textarea {...a} {...input} {...field.input} />}
    </Field>
  );
}
