import type { ShortcutSpec } from '../components/useShortcut';

/**
 * The diary's keys: ← and → move back and forward, N books. They wait while a dialog is open (an
 * opened appointment or the booking form), so they never change what is behind it.
 */
export function diaryKeys(actions: { previous: () => unknown; next: () => unknown; book: () => unknown }) {
  const unlessDialog = (run: () => unknown) => () => {
    if (!document.querySelector('dialog[open]')) run();
  };
  return [
    [{ key: 'ArrowLeft' }, unlessDialog(actions.previous)],
    [{ key: 'ArrowRight' }, unlessDialog(actions.next)],
    [{ key: 'n' }, unlessDialog(actions.book)],
  ] as [ShortcutSpec, () => void][];
}
