import { useQuery } from '@tanstack/react-query';
import type { BackupList } from '../../../shared/backup/schema';
import type { Settings } from '../../../shared/settings/schema';
import { apiQuery, clinic } from '../api/clinic';
import { useSettings } from '../settings/queries';

/** What the setup steps look at to tell whether they are done. */
export interface SetupStatus {
  settings: Settings;
  backups: BackupList;
}

export const BACKUPS_KEY = ['backups'] as const;

export function useSetupStatus(): SetupStatus | null {
  const settings = useSettings();
  const backups = useQuery(apiQuery(BACKUPS_KEY, () => clinic.backups.list({})));
  return settings.data && backups.data ? { settings: settings.data, backups: backups.data } : null;
}

/** The contact details a patient needs on a sheet they take home: without them it cannot say how to reach the clinic. */
export function missingContactDetails(settings: Settings): boolean {
  return !settings.clinicName.trim() || !settings.clinicPhone.trim() || !settings.clinicAddress.trim();
}
