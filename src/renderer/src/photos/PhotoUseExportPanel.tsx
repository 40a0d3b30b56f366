import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_USES, type PhotoUse } from '../../../shared/photos/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError } from '../api/failure';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { RadioGroup } from '../components/form/RadioGroup';
import { ExportFolderField } from '../data/FolderField';

/** Data page: the photos of patients who agreed to teaching or publicity use, with anonymous names. */
export function PhotoUseExportPanel() {
  const { t } = useTranslation();
  const [use, setUse] = useState<PhotoUse>('education');
  const [folder, setFolder] = useState('');
  const run = useMutation({
    mutationFn: () =>
      unwrap(clinic.photos.exportForUse({ use, ...(folder.trim() ? { folder: folder.trim() } : {}) })),
  });
  const failure = apiError(run.error);
  return (
    <Card id="photo-use-export-title" title={t('photos.useExport.title')} intro={t('photos.useExport.body')}>
      <RadioGroup
        legend={t('photos.useExport.use')}
        name="photo-use"
        options={PHOTO_USES}
        label={(u) => t(`photos.useExport.uses.${u}`)}
        value={use}
        onChange={setUse}
        className="choices"
        optionClassName="checkbox"
      />
      <ExportFolderField value={folder} onChange={setFolder} error={failure?.fields?.folder} />
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={run.isPending}
          onClick={() => run.mutate()}
        >
          {t('photos.useExport.start')}
        </button>
      </div>
      <FormAlert message={failure && !failure.fields ? failure.message : null} />
      {run.data && (
        <p role="status">
          {t('photos.useExport.done', {
            count: run.data.photos,
            cases: run.data.cases,
            folder: run.data.folder,
          })}
        </p>
      )}
    </Card>
  );
}
