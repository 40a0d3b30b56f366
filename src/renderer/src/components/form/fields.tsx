import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
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

type A11y = Parameters<Parameters<typeof Field>[0]['children']>[0];

/** Splits a bound field's props into its label part and the control's own attributes. */
function boundField<T extends LabelProps>(
  { label, field, error, required, hint, wide, ...control }: T,
  render: (a11y: A11y, control: Omit<T, keyof LabelProps> & BoundField['input']) => ReactNode,
) {
  return (
    <Field label={label} error={error ?? field.error} required={required} hint={hint} wide={wide}>
      {(a) => render(a, { ...control, ...field.input })}
    </Field>
  );
}

/** A labelled input bound to its form field, its error message right under it. */
export function InputField(
  props: LabelProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'required'>,
) {
  return boundField(props, (a, input) => <input {...a} {...input} />);
}

/** A labelled text area bound to its form field, its error message right under it. */
export function TextAreaField(
  props: LabelProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'required'>,
) {
  return boundField(props, (a, input) => <textarea {...a} {...input} />);
}
