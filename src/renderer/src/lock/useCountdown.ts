import { useEffect, useState } from 'react';

/** Whole seconds left of a wrong-passphrase delay, ticking down on screen. */
export function useCountdown(ms: number): number {
  const [until, setUntil] = useState(0);
  const [, tick] = useState(0);
  useEffect(() => setUntil(ms > 0 ? Date.now() + ms : 0), [ms]);
  useEffect(() => {
    if (!until) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0;
}
