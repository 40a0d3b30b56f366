import { useTranslation } from 'react-i18next';
import { PHOTO_MOMENTS, type PhotoMoment } from '../../../shared/photos/schema';
import type { SessionSummary } from '../../../shared/treatments/schema';
import { Field } from '../components/Field';
import { OptionsField } from '../components/OptionsField';
import { formatDate } from '../format';

/** When in the course the photo is taken. */
export function MomentField({ value, onChange }: { value: PhotoMoment; onChange: (m: PhotoMoment) => void }) {
  const { t } = useTranslation();
  return (
    <OptionsField
      label={t('photos.moment')}
      options={PHOTO_MOMENTS}
      labelPrefix="photos.moments"
      value={value}
      onChange={onChange}
    />
  );
}

/** One of the patient's sessions, or none (`emptyLabel`). */
export function SessionField(props: {
  sessions: readonly SessionSummary[];
  value: number | null;
  onChange: (id: number | null) => void;
  emptyLabel: string;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('photos.session')} error={props.error}>
      {(a) => (
        <select
          {...a}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{props.emptyLabel}</option>
          {props.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {t('photos.sessionOption', { n: s.sequence, date: formatDate(s.date) })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
