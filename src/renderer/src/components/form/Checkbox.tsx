/** A checkbox with its label around it; `onChange` receives the new state. */
export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** `checkbox` (the default) lays it out as a row; '' for an inline one. */
  className?: string;
}) {
  return (
    <label className={(props.className ?? 'checkbox') || undefined}>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}
