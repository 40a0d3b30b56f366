import { Field } from '../Field';

/** A labelled file input that hands over the file chosen (or undefined when the choice was cleared). */
export function FileField(props: {
  label: string;
  hint?: string;
  error?: string;
  /** The file types offered, as the input's `accept`. */
  accept: string;
  onChoose: (file: File | undefined) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(a) => (
        <input
          {...a}
          type="file"
          accept={props.accept}
          onChange={(e) => props.onChoose(e.target.files?.[0])}
        />
      )}
    </Field>
  );
}
