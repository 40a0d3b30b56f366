import { type ReactNode, useEffect, useRef } from 'react';

interface ModalProps {
  open: boolean;
  /** Escape, or the dialog's own buttons: the owner decides what closing means. */
  onCancel: () => void;
  className?: string;
  'aria-labelledby': string;
  'aria-describedby'?: string;
  children: ReactNode;
}

/** A modal on the native <dialog>, shown while `open`: focus is trapped and Escape calls `onCancel`. */
export function Modal({ open, onCancel, className = 'dialog', children, ...labels }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      {...labels}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
