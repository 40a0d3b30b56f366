import { useEffect, useRef } from 'react';

/**
 * When a form opened by a button closes (saved or cancelled), focus goes back to that button, not to
 * the top of the page: keyboard and screen-reader users carry on where they were.
 */
export function useFocusWhenClosed<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
