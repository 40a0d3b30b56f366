import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/backup/schema';
import { clinic, unwrap } from '../api/clinic';
import { failureMessage } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { BusyButton } from '../components/form/BusyButton';
import { formatDateTime } from '../format';
import { useSettings } from '../settings/queries';
import type { StepProps } from './steps';
import { BACKUPS_KEY } from './useSetupStatus';

/** Both copies: the clinic's own backups folder, then the second folder when one was chosen. */
async function backUpEverywhere(second: string): Promise<BackupInfo[]> {
  const own = await unwrap(clinic.backups.create({}));
  return second ? [own, await unwrap(clinic.backups.create({ folder: second }))] : [own];
}

/** Step 3: the first verified backup, taken as soon as the step opens, with where it went. */
export function FirstBackupStep({ onDone }: StepProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useSettings();
  const second = settings.data?.secondBackupFolder;
  const backUp = useMutation({
    mutationFn: backUpEverywhere,
    onSettled: () => client.invalidateQueries({ queryKey: BACKUPS_KEY }),
  });
  const started = useRef(false);
  useEffect(() => {
    if (second === undefined || started.current) return;
    started.current = true;
    backUp.mutate(second);
  }, [second, backUp]);

  return (
    <>
      <p>{t('setup.steps.firstBackup.body')}</p>
      <div aria-live="polite">
        {backUp.isPending && <p>{t('data.backingUp')}</p>}
        {backUp.data && (
          <ul className="setup-results">
            {backUp.data.map((b) => (
              <li key={b.file}>
                <span className={`badge ${b.status === 'verified' ? 'badge--ok' : 'badge--danger'}`}>
                  {t(`data.status.${b.status}`)}
                </span>{' '}
                {t('setup.steps.firstBackup.written', { file: b.file, date: formatDateTime(b.createdAt) })}
                {b.problem && <> · {t(b.problem)}</>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <FormAlert message={backUp.isError ? failureMessage(backUp.error) : null} />
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onDone} disabled={backUp.isPending}>
          {t('setup.finish')}
        </button>
        {(backUp.isError || backUp.data?.some((b) => b.status !== 'verified')) && (
          <BusyButton
            type="button"
            label={t('setup.steps.firstBackup.again')}
            busyLabel={t('data.backingUp')}
            busy={backUp.isPending}
            onClick={() => backUp.mutate(second ?? '')}
          />
        )}
      </div>
    </>
  );
}
