import { useTranslation } from 'react-i18next';
import { AREA_GROUPS } from '../../../shared/documents/areas';
import {
  OTHER_PHOTO_VIEW,
  PHOTO_MOMENTS,
  PHOTO_VIEWS,
  type PhotoMoment,
} from '../../../shared/photos/schema';
import type { SessionSummary } from '../../../shared/treatments/schema';
import { Field } from '../components/Field';
import { ChoiceField, OptionsField } from '../components/OptionsField';
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
    <ChoiceField
      label={t('photos.session')}
      error={props.error}
      value={props.value === null ? '' : String(props.value)}
      emptyLabel={props.emptyLabel}
      choices={props.sessions.map((s) => ({
        value: String(s.id),
        label: t('photos.sessionOption', { n: s.sequence, date: formatDate(s.date) }),
      }))}
      onChange={(id) => props.onChange(id ? Number(id) : null)}
    />
  );
}

/** The view a photo shows: the standard views by area, then "Other view" (described in the note). */
export function ViewField(props: { value: string; onChange: (view: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field label={t('photos.view')} error={props.error}>
      {(a) => (
        <select {...a} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {AREA_GROUPS.map((group) => (
            <optgroup key={group} label={t(`photos.areaGroups.${group}`)}>
              {PHOTO_VIEWS[group].map((v) => (
                <option key={v} value={v}>
                  {t(`photos.views.${v}`)}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER_PHOTO_VIEW}>{t(`photos.views.${OTHER_PHOTO_VIEW}`)}</option>
        </select>
      )}
    </Field>
  );
}
