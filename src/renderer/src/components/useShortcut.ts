import { useEffect, useRef } from 'react';

export interface ShortcutSpec {
  key: string;
  alt?: boolean;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod?: boolean;
  /** Fire even while typing in a field (for modifier shortcuts). */
  inFields?: boolean;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function matchesShortcut(e: KeyboardEvent, spec: ShortcutSpec): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (Boolean(spec.mod) !== mod || Boolean(spec.alt) !== e.altKey) return false;
  if (!spec.inFields && isTyping(e.target)) return false;
  // e.code keeps Alt+N working on layouts where Alt changes the produced character.
  return e.key.toLowerCase() === spec.key.toLowerCase() || e.code === `Key${spec.key.toUpperCase()}`;
}

/** Registers global keyboard shortcuts for as long as the component is mounted. */
export function useShortcuts(bindings: [ShortcutSpec, () => void][]): void {
  const ref = useRef(bindings);
  ref.current = bindings;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      for (const [spec, action] of ref.current) {
        if (matchesShortcut(e, spec)) {
          e.preventDefault();
          action();
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
