import type { ReactNode } from 'react';

interface BusyButtonProps {
  label: ReactNode;
  /** Shown instead of the label while the action runs. */
  busyLabel?: ReactNode;
  busy?: boolean;
  /** Further reasons the button can't be pressed (besides running). */
  disabled?: boolean;
  /** A plain button runs `onClick`; a submit button submits its form. */
  type?: 'submit' | 'button';
  onClick?: () => void;
  className?: string;
}

/** A button that can't be pressed again while its action runs, and says what it is doing. */
export function BusyButton({
  label,
  busyLabel,
  busy,
  disabled,
  type = 'submit',
  onClick,
  className = 'button button--primary',
}: BusyButtonProps) {
  return (
    <button type={type} className={className} disabled={busy || disabled} onClick={onClick}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
}

/** A plain button that runs a mutation taking no input, busy while it runs. */
export function MutationButton({
  mutation,
  ...props
}: Omit<BusyButtonProps, 'busy' | 'type' | 'onClick'> & {
  mutation: { isPending: boolean; mutate: () => void };
}) {
  return <BusyButton {...props} type="button" busy={mutation.isPending} onClick={() => mutation.mutate()} />;
}
