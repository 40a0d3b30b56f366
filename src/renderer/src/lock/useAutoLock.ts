import { useEffect, useRef } from 'react';
import { clinic } from '../api/clinic';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 10_000;
/** Tell main the user is still here, so its own idle backstop does not lock mid-typing. */
const PING_EVERY_MS = 60_000;

/** Locks after `minutes` without keyboard, mouse or touch input. Null disables it (locked screens). */
export function useAutoLock(minutes: number | null, lock: () => void): void {
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const lockRef = useRef(lock);
  lockRef.current = lock;

  useEffect(() => {
    if (minutes === null) return;
    lastActivity.current = Date.now();
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (now - lastPing.current > PING_EVERY_MS) {
        lastPing.current = now;
        void clinic.vault.status({});
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= minutes * 60_000) lockRef.current();
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
      window.clearInterval(timer);
    };
  }, [minutes]);
}
