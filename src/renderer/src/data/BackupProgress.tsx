import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupProgress as Progress, RestoreStep } from '../../../shared/backup/schema';
import { clinic, unwrap } from '../api/clinic';
import { formatSize } from './FolderField';

const RESTORE_STEPS: readonly RestoreStep[] = ['checking', 'copying', 'converting', 'verifying'];
const RESTORE_TEXT = {
  checking: 'data.restoreChecking',
  copying: 'data.restoreCopying',
  converting: 'data.restoreConverting',
  verifying: 'data.restoreVerifying',
} as const satisfies Record<RestoreStep, string>;

/**
 * What the backup being taken is doing (copy in bytes, then the check), polled while it runs; during
 * a restore (`forRestore`), the staging steps first, then its safety copy of the current data.
 */
export function BackupProgress({ running, forRestore = false }: { running: boolean; forRestore?: boolean }) {
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
      <ProgressLine state={state} forRestore={forRestore} />
    </div>
  );
}

function ProgressLine({
  state,
  forRestore,
}: {
  state: Exclude<Progress, { phase: 'idle' }>;
  forRestore: boolean;
}) {
  const { t } = useTranslation();
  if (state.phase === 'restoring') {
    // Steps by name only: the re-encryption is needed only for a backup under an earlier key or
    // format, so a numbered "step n of 4" would skip a number; the bar still shows how far it is.
    const number = RESTORE_STEPS.indexOf(state.step) + 1;
    return (
      <>
        <progress max={RESTORE_STEPS.length} value={number} aria-label={t('data.restoreProgressLabel')} />
        <p>{t(RESTORE_TEXT[state.step])}</p>
      </>
    );
  }
  if (state.phase === 'copying')
    return (
      <>
        <progress
          max={Math.max(state.totalBytes, 1)}
          value={state.doneBytes}
          aria-label={t('data.backupProgressLabel')}
        />
        <p>
          {t(forRestore ? 'data.restoreSafetyCopying' : 'data.backupCopying', {
            done: formatSize(state.doneBytes),
            total: formatSize(state.totalBytes),
          })}
        </p>
      </>
    );
  return (
    <>
      <progress aria-label={t('data.backupProgressLabel')} />
      <p>{t(forRestore ? 'data.restoreSafetyVerifying' : 'data.backupVerifying')}</p>
    </>
  );
}
