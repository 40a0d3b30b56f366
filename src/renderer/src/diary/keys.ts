import type { ShortcutSpec } from '../components/useShortcut';

/**
 * The diary's keys: ← and → move a day back and forward, Page Up and Page Down a week (where given),
 * N books. They wait while a dialog is open (an opened appointment or the booking form), so they never
 * change what is behind it.
 */
export function diaryKeys(actions: {
  previous: () => unknown;
  next: () => unknown;
  book: () => unknown;
  previousWeek?: () => unknown;
  nextWeek?: () => unknown;
}) {
  const unlessDialog = (run: () => unknown) => () => {
    if (!document.querySelector('dialog[open]')) run();
  };
  const weeks: [ShortcutSpec, () => void][] = [];
  if (actions.previousWeek) weeks.push([{ key: 'PageUp' }, unlessDialog(actions.previousWeek)]);
  if (actions.nextWeek) weeks.push([{ key: 'PageDown' }, unlessDialog(actions.nextWeek)]);
  return [
    [{ key: 'ArrowLeft' }, unlessDialog(actions.previous)],
    [{ key: 'ArrowRight' }, unlessDialog(actions.next)],
    ...weeks,
    [{ key: 'n' }, unlessDialog(actions.book)],
  ] as [ShortcutSpec, () => void][];
}
