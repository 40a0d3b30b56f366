import { useEffect, useRef } from 'react';

/**
 * Keeps --topbar-height on the document at the sticky top bar's height (it wraps on narrow windows),
 * so the patient list beside the scrolling content fills exactly the rest of the window.
 */
export function useTopbarHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--topbar-height', `${bar.offsetHeight}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--topbar-height');
    };
  }, []);
  return ref;
}
