import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOGO_BYTES } from '../../../shared/settings/schema';
import { ApiFailure, clinic, unwrap } from '../api/clinic';
import { settingsKeys, useLogo } from './queries';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The letterhead logo: chosen from a file, checked and stored in the clinic database by main. */
export function LogoField({ onNotice }: { onNotice: (m: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const logo = useLogo();
  const [error, setError] = useState<string | null>(null);

  const store = async (dataUrl: string | null) => {
    setError(null);
    try {
      const saved = await unwrap(clinic.settings.setLogo({ dataUrl }));
      client.setQueryData(settingsKeys.all, saved);
      await client.invalidateQueries({ queryKey: settingsKeys.logo });
      onNotice(t(dataUrl ? 'settings.logoSaved' : 'settings.logoRemoved'));
    } catch (e) {
      const message =
        e instanceof ApiFailure ? (e.error.fields?.dataUrl ?? e.error.message) : 'errors.internal';
      setError(message);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setError('errors.logoImage');
    if (file.size > MAX_LOGO_BYTES) return setError('errors.logoTooLarge');
    await store(await readAsDataUrl(file));
  };

  return (
    <fieldset>
      <legend>{t('settings.logoLegend')}</legend>
      <div className="logo-field">
        {logo.data ? (
          <img className="logo-field__preview" src={logo.data.dataUrl} alt={t('settings.logoAlt')} />
        ) : (
          <p className="muted">{t('settings.noLogo')}</p>
        )}
        <div className="field">
          <label htmlFor={id}>{t('settings.chooseLogo')}</label>
          <input
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          <p className="field__hint" id={`${id}-hint`}>
            {t('settings.logoHint')}
          </p>
          {error && (
            <p className="field__error" id={`${id}-error`}>
              {t(error, { defaultValue: error })}
            </p>
          )}
        </div>
        {logo.data && (
          <button type="button" className="button button--small" onClick={() => void store(null)}>
            {t('settings.removeLogo')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
