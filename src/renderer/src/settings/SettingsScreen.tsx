import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../components/Card';
import { QueryState } from '../components/QueryState';
import { DiarySettingsForm } from '../diary/DiarySettingsForm';
import { PhotoSettingsCard } from '../photos/PhotoSettingsCard';
import { SetupCard } from '../setup/SetupCard';
import { ClinicProfileForm } from './ClinicProfileForm';
import { LogoField } from './LogoField';
import { useSettings } from './queries';
import { TemplateListCard } from './TemplateListCard';

/** Settings: the clinic profile and logo, printing options, and the consent and aftercare templates. */
export function SettingsScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
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
      <TemplateListCard onNotice={onNotice} />
    </section>
  );
}
