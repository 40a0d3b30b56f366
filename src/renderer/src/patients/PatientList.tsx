import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import { displayName, type PatientSummary } from '../../../shared/patients/schema';
import { formatDate } from '../format';
import { usePatientSearch } from './queries';

const ROW_HEIGHT = 60;
/** Rows shown as loading below the loaded ones while a "more than" list has pages to come. */
const LOADING_ROWS = 20;

export interface PatientListHandle {
  focusSearch(): void;
}

/** Search box (a combobox) over a virtualised list of patients; arrows move, Enter opens. */
export const PatientList = forwardRef<PatientListHandle>(function PatientList(_props, ref) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openMatch = useMatch('/patients/:id/*');
  const openId = openMatch?.params.id ? Number(openMatch.params.id) : null;
  const [query, setQuery] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focusSearch: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  }));

  const search = usePatientSearch(query, includeArchived);
  const items = useMemo(() => search.data?.pages.flatMap((p) => p.items) ?? [], [search.data]);
  const first = search.data?.pages[0];
  const total = first?.total ?? 0;
  // Past the cap the total is "more than": the list grows as pages come, with a few rows to load.
  const more = first?.more ?? false;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = search;
  const rowCount = more ? items.length + (hasNextPage ? LOADING_ROWS : 0) : total;

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastVisible = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= items.length - 20) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastVisible, items.length]);

  // A new query starts the highlight at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the query or filter changes
  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [query, includeArchived]);

  const move = (to: number) => {
    if (rowCount === 0) return;
    const next = Math.max(0, Math.min(rowCount - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const open = (patient: PatientSummary | undefined) => {
    if (patient) navigate(`/patients/${patient.id}`);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        move(active + 1);
        break;
      case 'ArrowUp':
        move(active - 1);
        break;
      case 'PageDown':
        move(active + page);
        break;
      case 'PageUp':
        move(active - page);
        break;
      case 'Enter':
        open(items[active]);
        break;
      case 'Escape':
        setQuery('');
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  const listId = 'patient-results';
  const activePatient = items[active];
  const statusText = query.trim()
    ? total === 0
      ? t('patients.noMatches', { query: query.trim() })
      : t(more ? 'patients.matchesMore' : 'patients.matches', { count: total })
    : t(more ? 'patients.countMore' : 'patients.count', { count: total });

  return (
    <section className="patient-list" aria-label={t('patients.listLabel')}>
      <div className="patient-list__controls">
        <label htmlFor="patient-search" className="patient-list__label">
          {t('patients.searchLabel')}
        </label>
        <input
          ref={inputRef}
          id="patient-search"
          type="search"
          role="combobox"
          aria-expanded={rowCount > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activePatient ? `patient-option-${activePatient.id}` : undefined}
          placeholder={t('patients.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="patient-list__row">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />
            {t('patients.showArchived')}
          </label>
          <span className="patient-list__count" role="status" aria-live="polite">
            {search.isSuccess ? statusText : ''}
          </span>
        </div>
      </div>
      <div ref={scrollRef} className="patient-list__scroll">
        <div
          id={listId}
          role="listbox"
          aria-label={t('patients.listLabel')}
          className="patient-list__inner"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualItems.map((row) => {
            const patient = items[row.index];
            return (
              <div
                key={patient ? patient.id : `loading-${row.index}`}
                data-index={row.index}
                className="patient-list__item"
                style={{ transform: `translateY(${row.start}px)`, height: row.size }}
              >
                {patient ? (
                  <PatientOption
                    patient={patient}
                    active={row.index === active}
                    selected={patient.id === openId}
                    onOpen={() => {
                      setActive(row.index);
                      open(patient);
                    }}
                  />
                ) : (
                  <div className="patient-option patient-option--loading" aria-hidden="true">
                    {t('patients.loadingRow')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
});

function PatientOption(props: {
  patient: PatientSummary;
  active: boolean;
  selected: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { patient } = props;
  const name = displayName(patient);
  return (
    // Options are reached through the combobox (aria-activedescendant); a click opens too.
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
    <div
      id={`patient-option-${patient.id}`}
      role="option"
      tabIndex={-1}
      aria-selected={props.selected}
      className={`patient-option${props.active ? ' patient-option--active' : ''}${
        props.selected ? ' patient-option--selected' : ''
      }`}
      onClick={props.onOpen}
    >
      <span className="patient-option__name">
        {name}
        {patient.preferredName && (
          <span className="patient-option__preferred"> “{patient.preferredName}”</span>
        )}
      </span>
      <span className="patient-option__meta">
        {patient.number} · {t('patients.born', { date: formatDate(patient.dateOfBirth) })}
        {patient.archivedAt && <span className="badge badge--muted">{t('patients.archivedBadge')}</span>}
      </span>
    </div>
  );
}
