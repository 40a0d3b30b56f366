import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';

/**
 * "Back up now": the button on the Data page (optionally to another folder) and the desktop menu
 * command. Refreshes the backups list and announces whether the written backup checked out.
 */
export function useBackUpNow(onNotice: (message: string) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (folder?: string) => unwrap(clinic.backups.create(folder ? { folder } : {})),
    onSuccess: async (info) => {
      await queryClient.invalidateQueries({ queryKey: ['backups'] });
      onNotice(
        info.status === 'verified'
          ? t('data.backedUp', { name: info.name })
          : t('data.backupFailedCheck', { problem: t(info.problem ?? 'errors.backupDamaged') }),
      );
    },
  });
}
