import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { apiError, failureMessage } from '../api/failure';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { ExportFolderField } from './FolderField';
import { fhirImportedText } from './ImportPanel';

/** Re-import of a whole-clinic export folder (FHIR bulk data and its manifest). */
export function BulkImportPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [folder, setFolder] = useState('');
  const run = useMutation({
    mutationFn: () => unwrap(clinic.imports.fhirBulk({ folder: folder.trim() })),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
      onNotice(fhirImportedText(t, r));
    },
  });
  const failure = apiError(run.error);
  return (
    <Card id="bulk-import-title" title={t('data.bulkTitle')} intro={t('data.bulkBody')}>
      <ExportFolderField
        label={t('data.bulkFolder')}
        hint={t('data.bulkFolderHint')}
        value={folder}
        onChange={setFolder}
        error={failure?.fields?.folder}
      />
      <div className="form-actions">
        <BusyButton
          type="button"
          label={t('data.bulkStart')}
          busyLabel={t('data.bulkStart')}
          busy={run.isPending}
          disabled={!folder.trim()}
          onClick={() => run.mutate()}
        />
      </div>
      <FormAlert message={run.isError && !failure?.fields ? failureMessage(run.error) : null} />
    </Card>
  );
}
