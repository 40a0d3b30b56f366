import { type ReactNode, useState } from 'react';
import { useFocusWhenClosed } from '../components/useFocusWhenClosed';

interface RecordsSectionProps {
  className: string;
  id?: string;
  titleId: string;
  title: string;
  /** The button that opens the form for a new record; left out on an archived patient. */
  addLabel: string;
  canAdd: boolean;
  /** The form for a new record; it calls `onDone` when saved or cancelled. */
  newForm: (onDone: () => void) => ReactNode;
  /** Shown when the patient has no such records (and no new one is being written). */
  noneText: string;
  isEmpty: boolean;
  /** Further buttons in the section's header, before the add button. */
  actions?: ReactNode;
  /** The list of records. */
  children: ReactNode;
}

/** A patient page's section of records: its title, a button opening the form for a new one, then the list. */
export function RecordsSection({
  className,
  id,
  titleId,
  title,
  addLabel,
  canAdd,
  newForm,
  noneText,
  isEmpty,
  actions,
  children,
}: RecordsSectionProps) {
  const [adding, setAdding] = useState(false);
  const addButton = useFocusWhenClosed<HTMLButtonElement>(adding);
  return (
    <section className={className} aria-labelledby={titleId} id={id}>
      <div className="section-header">
        <h2 id={titleId}>{title}</h2>
        {canAdd && !adding && (
          <div className="documents__actions">
            {actions}
            <button
              ref={addButton}
              type="button"
              className="button button--small"
              onClick={() => setAdding(true)}
            >
              {addLabel}
            </button>
          </div>
        )}
      </div>
      {adding && newForm(() => setAdding(false))}
      {isEmpty && !adding && <p className="muted">{noneText}</p>}
      {children}
    </section>
  );
}
