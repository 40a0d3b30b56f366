import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../components/Modal';

/** A diary dialog (an appointment, a recall's reminder): its title, its body and a Close button. */
export function DiaryDialog({
  titleId,
  title,
  onClose,
  wide = false,
  children,
}: {
  titleId: string;
  /** Null while there is nothing to show: the dialog is closed. */
  title: string | null;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={title !== null}
      onCancel={onClose}
      aria-labelledby={titleId}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
    >
      {title !== null && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('diary.open.close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
