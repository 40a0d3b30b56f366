import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { failureMessage } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { settingsKeys, useSettings } from '../settings/queries';

/** Settings: whether a session needs its before photos (or a reason per skipped view) to be signed. */
export function PhotoSettingsCard() {
  const { t } = useTranslation();
  const settings = useSettings();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (required: boolean) =>
      unwrap(clinic.settings.update({ patch: { beforePhotosRequired: required } })),
    onSuccess: (saved) => client.setQueryData(settingsKeys.all, saved),
  });
  if (!settings.data) return null;
  return (
    <section className="card" aria-labelledby="photo-settings-title">
      <h2 id="photo-settings-title">{t('photos.settings.title')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.data.beforePhotosRequired}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        {t('photos.settings.beforeRequired')}
      </label>
      <p className="muted small">{t('photos.settings.beforeRequiredHint')}</p>
      <FormAlert message={save.error ? failureMessage(save.error) : null} />
    </section>
  );
}
