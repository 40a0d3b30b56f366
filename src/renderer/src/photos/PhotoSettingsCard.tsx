import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
  // What was clicked, shown from the click itself until the save settles: the mutation's own pending
  // state arrives a render later, and a controlled box would flip back in between.
  const [clicked, setClicked] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (required: boolean) =>
      unwrap(clinic.settings.update({ patch: { beforePhotosRequired: required } })),
    onSuccess: (saved) => client.setQueryData(settingsKeys.all, saved),
    onSettled: () => setClicked(null),
  });
  if (!settings.data) return null;
  return (
    <section className="card" aria-labelledby="photo-settings-title">
      <h2 id="photo-settings-title">{t('photos.settings.title')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          // While the change is saved the box shows what was clicked; a failed save puts the stored value back.
          checked={clicked ?? settings.data.beforePhotosRequired}
          disabled={clicked !== null}
          onChange={(e) => {
            setClicked(e.target.checked);
            save.mutate(e.target.checked);
          }}
        />
        {t('photos.settings.beforeRequired')}
      </label>
      <p className="muted small">{t('photos.settings.beforeRequiredHint')}</p>
      <FormAlert message={save.error ? failureMessage(save.error) : null} />
    </section>
  );
}
