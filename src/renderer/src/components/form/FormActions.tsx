import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './BusyButton';

interface FormActionsProps {
  submitLabel: string;
  /** Shown instead of the submit label while the form is being saved. */
  pendingLabel?: string;
  pending?: boolean;
  /** Further reasons the form can't be submitted yet (besides being saved). */
  disabled?: boolean;
  onCancel?: () => void;
  /** Further buttons, after Cancel. */
  children?: ReactNode;
}

/** A form's buttons: the primary submit, then Cancel. */
export function FormActions({
  submitLabel,
  pendingLabel,
  pending,
  disabled,
  onCancel,
  children,
}: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <BusyButton label={submitLabel} busyLabel={pendingLabel} busy={pending} disabled={disabled} />
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
