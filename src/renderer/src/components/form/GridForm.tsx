import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { FormAlert } from '../FormAlert';
import { FormActions } from './FormActions';
import { LeaveGuard } from './LeaveGuard';

interface GridFormProps {
  className: string;
  /** The heading that names the form; a form without one is named by `label`. */
  heading?: { id: string; level: 'h2' | 'h3'; text: string };
  label?: string;
  /** What useFormMutation returns for the form: its submit, alert message and pending state. */
  mutation: {
    submit: (event: FormEvent) => unknown;
    formError: string | null;
    pending: boolean;
    unsaved?: boolean;
  };
  actions: Omit<ComponentProps<typeof FormActions>, 'pending'>;
  /** The fields, laid out in the grid. */
  children: ReactNode;
}

/** A form of fields in a grid, named by its heading, with its alert and its buttons under the fields. */
export function GridForm({ className, heading, label, mutation, actions, children }: GridFormProps) {
  const Heading = heading?.level;
  return (
    <form
      className={className}
      onSubmit={mutation.submit}
      noValidate
      aria-labelledby={heading?.id}
      aria-label={heading ? undefined : label}
    >
      {Heading && <Heading id={heading.id}>{heading.text}</Heading>}
      <div className="grid">{children}</div>
      <FormAlert message={mutation.formError} />
      <FormActions {...actions} pending={mutation.pending} />
      <LeaveGuard when={mutation.unsaved ?? false} />
    </form>
  );
}
