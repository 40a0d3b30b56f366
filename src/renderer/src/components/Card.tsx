import type { ReactNode } from 'react';

/**
 * A titled card: a region named by its heading (`id` links them, so screen readers and tests find it
 * by role and name), with an optional muted introduction.
 */
export function Card({
  id,
  title,
  intro,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  /** Extra classes beside `card` (card--wide, a screen's own). */
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="muted">{intro}</p>}
      {children}
    </section>
  );
}
