import { useEffect, useState } from 'react';

/** A polite status line for confirmations ("Saved."), announced to screen readers. */
export function Notice({ message }: { message: string | null }) {
  const [shown, setShown] = useState(message);
  useEffect(() => {
    setShown(message);
    if (!message) return;
    const timer = window.setTimeout(() => setShown(null), 5000);
    return () => window.clearTimeout(timer);
  }, [message]);
  return (
    <p className="notice" role="status" aria-live="polite">
      {shown}
    </p>
  );
}
