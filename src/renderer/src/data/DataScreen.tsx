import { useTranslation } from 'react-i18next';
import { PhotoUseExportPanel } from '../photos/PhotoUseExportPanel';
import { BackupsPanel } from './BackupsPanel';
import { BulkImportPanel } from './BulkImportPanel';
import { ClinicExportPanel } from './ClinicExportPanel';
import { CsvImportPanel, FhirImportPanel } from './ImportPanel';

/** Backups, restore, whole-clinic export and imports: the clinic owns its data. */
export function DataScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="data-screen" aria-labelledby="data-title">
      <h1 id="data-title">{t('data.title')}</h1>
      <p className="muted">{t('data.intro')}</p>
      <BackupsPanel onNotice={onNotice} />
      <ClinicExportPanel />
      <PhotoUseExportPanel />
      <CsvImportPanel onNotice={onNotice} />
      <FhirImportPanel onNotice={onNotice} />
      <BulkImportPanel onNotice={onNotice} />
    </section>
  );
}
