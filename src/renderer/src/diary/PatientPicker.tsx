import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../shared/patients/schema';
import { clinic, unwrap } from '../api/clinic';

/** Finds a patient by name or number and chooses one: a search box and the matching patients. */
export function PatientPicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const found = useQuery({
    queryKey: ['patients', 'pick', query],
    queryFn: () => unwrap(clinic.patients.search({ query, limit: 20 })),
  });
  const items = found.data?.items ?? [];
  return (
    <fieldset className={`patient-picker${error ? ' fieldset--invalid' : ''}`}>
      <legend>{t('diary.book.patient')}</legend>
      <label htmlFor={`${id}-q`}>{t('diary.book.findPatient')}</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <label htmlFor={`${id}-p`}>{t('diary.book.choosePatient')}</label>
      <select
        id={`${id}-p`}
        value={value ?? ''}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{items.length ? '—' : t('diary.book.noMatch')}</option>
        {items.map((p) => (
          <option key={p.id} value={p.id}>
            {displayName(p)} · {p.number}
          </option>
        ))}
      </select>
      {error && (
        <p className="field__error" id={`${id}-e`}>
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}
