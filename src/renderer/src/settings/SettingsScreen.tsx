import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../components/Card';
import { QueryState } from '../components/QueryState';
import { DiarySettingsForm } from '../diary/DiarySettingsForm';
import { useTemplates } from '../documents/queries';
import { PhotoSettingsCard } from '../photos/PhotoSettingsCard';
import { SetupCard } from '../setup/SetupCard';
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
      <SetupCard />
      {settings.data ? (
        <ClinicProfileForm settings={settings.data} onNotice={onNotice} />
      ) : (
        <QueryState query={settings} />
      )}
      <LogoField onNotice={onNotice} />
      {settings.data && <DiarySettingsForm settings={settings.data} onNotice={onNotice} />}
      <PhotoSettingsCard />
      <Card id="settings-data-title" title={t('settings.dataTitle')} intro={t('settings.dataBody')}>
        <Link to="/data">{t('settings.dataLink')}</Link>
      </Card>
      <Card id="templates-title" title={t('settings.templatesTitle')} intro={t('settings.templatesBody')}>
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
      </Card>
    </section>
  );
}
