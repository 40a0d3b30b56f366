import type { ReactNode } from 'react';
import { BackupFolderStep } from './BackupFolderStep';
import { FirstBackupStep } from './FirstBackupStep';
import { ProfileStep } from './ProfileStep';
import { missingContactDetails, type SetupStatus } from './useSetupStatus';
import { WorkingHoursStep } from './WorkingHoursStep';

export interface StepProps {
  /** Moves on to the next step (or leaves the setup after the last). */
  onDone: () => void;
  onNotice: (message: string) => void;
}

/**
 * One step of the first-start setup: its title (setup.steps.<id>.title), when it counts as done, and
 * its screen. A new step (working hours, once the diary exists) joins with one line in SETUP_STEPS.
 */
export interface SetupStep {
  id: string;
  done: (status: SetupStatus) => boolean;
  render: (props: StepProps) => ReactNode;
}

export const SETUP_STEPS: readonly SetupStep[] = [
  { id: 'profile', done: (s) => !missingContactDetails(s.settings), render: (p) => <ProfileStep {...p} /> },
  {
    id: 'workingHours',
    done: (s) => s.settings.clinicTimeZone !== '',
    render: (p) => <WorkingHoursStep {...p} />,
  },
  {
    id: 'backupFolder',
    done: (s) => s.settings.secondBackupFolder !== '',
    render: (p) => <BackupFolderStep {...p} />,
  },
  // The first backup is taken as soon as the step opens; it is done once a verified one exists.
  {
    id: 'firstBackup',
    done: (s) => s.backups.items.some((b) => b.status === 'verified'),
    render: (p) => <FirstBackupStep {...p} />,
  },
];

/** Where "Continue the setup" resumes: the first step not done yet. */
export const firstPendingStep = (status: SetupStatus): SetupStep | undefined =>
  SETUP_STEPS.find((step) => !step.done(status));
