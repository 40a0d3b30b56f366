import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError, failureMessage } from '../api/failure';
import { FolderField } from '../data/FolderField';
import { settingsKeys } from '../settings/queries';
import { StepForm, settingsStep } from './StepForm';
import type { StepProps } from './steps';

/**
 * Step 2: a second backup folder on an external drive or another disk. The folder takes a test write
 * before it is kept; from then on every automatic backup is written there too.
 */
export const BackupFolderStep = settingsStep(FolderForm);

function FolderForm({ onDone, onNotice, settings }: StepProps & { settings: Settings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [folder, setFolder] = useState(settings.secondBackupFolder);
  const [empty, setEmpty] = useState(false);
  const save = useMutation({
    mutationFn: async (chosen: string) => {
      const tested = await unwrap(clinic.backups.testFolder({ folder: chosen }));
      return unwrap(clinic.settings.update({ patch: { secondBackupFolder: tested.folder } }));
    },
    onSuccess: (saved) => {
      client.setQueryData(settingsKeys.all, saved);
      onNotice(t('setup.steps.backupFolder.saved', { folder: saved.secondBackupFolder }));
      onDone();
    },
  });
  const fieldError = empty ? 'errors.required' : apiError(save.error)?.fields?.folder;
  return (
    <StepForm
      step="backupFolder"
      onSubmit={() => {
        setEmpty(!folder.trim());
        if (folder.trim()) save.mutate(folder.trim());
      }}
      alert={save.isError && !fieldError ? failureMessage(save.error) : null}
      submitLabel={t('setup.steps.backupFolder.testAndSave')}
      pendingLabel={t('setup.steps.backupFolder.testing')}
      pending={save.isPending}
      onSkip={onDone}
    >
      <FolderField
        label={t('setup.steps.backupFolder.field')}
        hint={t('setup.steps.backupFolder.hint')}
        value={folder}
        onChange={(value) => {
          setFolder(value);
          setEmpty(false);
          save.reset();
        }}
        purpose="backup"
        error={fieldError}
      />
    </StepForm>
  );
}
