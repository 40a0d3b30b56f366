import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { FolderActionCard } from './FolderActionCard';
import { useFhirImport } from './ImportPanel';

/** Re-import of a whole-clinic export folder (FHIR bulk data and its manifest). */
export function BulkImportPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const run = useFhirImport(() => unwrap(clinic.imports.fhirBulk({ folder: folder.trim() })), onNotice);
  return (
    <FolderActionCard
      id="bulk-import-title"
      title={t('data.bulkTitle')}
      intro={t('data.bulkBody')}
      folderLabel={t('data.bulkFolder')}
      folderHint={t('data.bulkFolderHint')}
      folder={folder}
      onFolder={setFolder}
      mutation={run}
      actionLabel={t('data.bulkStart')}
      busyLabel={t('data.bulkStart')}
      folderRequired
    />
  );
}
