import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../components/QueryState';
import { useTemplates } from '../documents/queries';
import { ClinicProfileForm } from './ClinicProfileForm';
import { LogoField } from './LogoField';
import { useSettings } from './queries';

/** Settings: the clinic profile and logo, printing options, and the consent and aftercare templates. */
export function SettingsScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const templates = useTemplates();
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {settings.data ? (
        <ClinicProfileForm settings={settings.data} onNotice={onNotice} />
      ) : (
        <QueryState query={settings} />
      )}
      <LogoField onNotice={onNotice} />
      <section className="card" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">{t('settings.dataTitle')}</h2>
        <p className="muted">{t('settings.dataBody')}</p>
        <Link to="/data">{t('settings.dataLink')}</Link>
      </section>
      <section className="card" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('settings.templatesTitle')}</h2>
        <p className="muted">{t('settings.templatesBody')}</p>
        {templates.data ? (
          <ul className="template-list">
            {templates.data.map((tpl) => (
              <li key={tpl.key}>
                <Link to={`/settings/templates/${tpl.key}`} lang={tpl.language} translate="no">
                  {tpl.title}
                </Link>
                <span className="muted small">
                  {' '}
                  · {t(`form.languageOptions.${tpl.language}`)} · {t(`documents.kinds.${tpl.kind}`)} ·{' '}
                  {t('documents.versionShort', { version: tpl.version })}
                  {tpl.builtin && ` · ${t(tpl.modified ? 'settings.builtinEdited' : 'settings.builtin')}`}
                  {tpl.review && ` · ${t('settings.reviewPending')}`}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <QueryState query={templates} />
        )}
      </section>
    </section>
  );
}
