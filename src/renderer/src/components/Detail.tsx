import type { ReactNode } from 'react';

/** One term and its value in a description list (<dl>). */
export function Detail({
  label,
  preserveLines,
  children,
}: {
  label: ReactNode;
  /** Keep the value's own line breaks (addresses, notes). */
  preserveLines?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={preserveLines ? 'preserve-lines' : undefined}>{children}</dd>
    </>
  );
}
