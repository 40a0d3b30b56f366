import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  /** Shown instead of the submit label while the form is being saved. */
  pendingLabel?: string;
  pending?: boolean;
  onCancel?: () => void;
  /** Further buttons, after Cancel. */
  children?: ReactNode;
}

/** A form's buttons: the primary submit, then Cancel. */
export function FormActions({ submitLabel, pendingLabel, pending, onCancel, children }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending && pendingLabel ? pendingLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
