import { useEffect, useRef } from 'react';

/**
 * Focuses the element when a value changes after the first render (a record saved under a new
 * version remounts its form): focus lands on the page's heading instead of being lost.
 */
export function useFocusOnChange<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(value);
  useEffect(() => {
    if (value !== first.current) ref.current?.focus();
  }, [value]);
  return ref;
}
