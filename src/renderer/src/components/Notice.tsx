import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a confirmation stays on screen when nobody points at it or is in it. */
const SHOWN_MS = 5000;

export interface NoticeMessage {
  text: string;
  /** Counts the messages, so the same text said twice is shown (and announced) twice. */
  n: number;
}

/**
 * A confirmation ("Saved.") in a polite live region that is always in the page, so screen readers
 * announce each new text. It goes away by itself after a few seconds, but not while the pointer is
 * over it or the focus is in it; its close button and Escape close it from the keyboard.
 */
export function Notice({ notice }: { notice: NoticeMessage | null }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  /** Where the focus came from, to give it back when the notice is closed from the keyboard. */
  const cameFrom = useRef<HTMLElement | null>(null);

  useEffect(() => setShown(notice?.text ?? null), [notice]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message (notice) restarts the time
  useEffect(() => {
    if (!shown || hovered || focused) return;
    const timer = window.setTimeout(() => setShown(null), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [shown, hovered, focused, notice]);

  const close = () => {
    setShown(null);
    if (focused) (cameFrom.current ?? document.getElementById('main'))?.focus();
    // Closed, it no longer holds anything: the next message goes away by itself again.
    setFocused(false);
    setHovered(false);
  };
  const onFocus = (e: FocusEvent) => {
    if (!focused && e.relatedTarget instanceof HTMLElement) cameFrom.current = e.relatedTarget;
    setFocused(true);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !shown) return;
    e.stopPropagation();
    close();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only hold the message; the button closes it
    <div
      className={`notice${shown ? ' notice--shown' : ''}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <p className="notice__text" role="status" aria-live="polite">
        {shown}
      </p>
      {shown && (
        <button type="button" className="notice__close" aria-label={t('common.closeNotice')} onClick={close}>
          ×
        </button>
      )}
    </div>
  );
}
