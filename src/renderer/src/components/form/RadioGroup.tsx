import type { ReactNode } from 'react';

interface RadioGroupProps<T extends string> {
  legend: string;
  /** The radio buttons' shared name. */
  name: string;
  options: readonly T[];
  /** The visible text of one option. */
  label: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
  className?: string;
  optionClassName?: string;
  /** Further controls that belong to the same group, after the choices. */
  children?: ReactNode;
}

/** One choice among a few, as radio buttons under a legend. */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  return (
    <fieldset className={props.className}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className={props.optionClassName}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />{' '}
          {props.label(option)}
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}
