import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { formatSize } from './FolderField';

/** What the backup being taken is doing (copy in bytes, then the check), polled while it runs. */
export function BackupProgress({ running }: { running: boolean }) {
  const { t } = useTranslation();
  const progress = useQuery({
    queryKey: ['backups', 'progress'],
    queryFn: () => unwrap(clinic.backups.progress({})),
    enabled: running,
    refetchInterval: running ? 200 : false,
  });
  const state = progress.data;
  if (!running || !state || state.phase === 'idle') return null;
  return (
    <div className="export-progress" role="status">
      {state.phase === 'copying' ? (
        <>
          <progress
            max={Math.max(state.totalBytes, 1)}
            value={state.doneBytes}
            aria-label={t('data.backupProgressLabel')}
          />
          <p>
            {t('data.backupCopying', {
              done: formatSize(state.doneBytes),
              total: formatSize(state.totalBytes),
            })}
          </p>
        </>
      ) : (
        <>
          <progress aria-label={t('data.backupProgressLabel')} />
          <p>{t('data.backupVerifying')}</p>
        </>
      )}
    </div>
  );
}
