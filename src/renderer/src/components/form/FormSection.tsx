import type { ReactNode } from 'react';

/** A titled group of a form's fields, laid out in the grid. */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="grid">{children}</div>
    </fieldset>
  );
}
