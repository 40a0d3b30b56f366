import type { BackupInfo, BackupProgress } from '../../shared/backup/schema';
import {
  type BackupPruneJob,
  copyPhotosJob,
  isBackupPruneJob,
  isPhotoCopyJob,
  type PhotoCopyJob,
  type PhotoCopyReport,
  type PhotoPruneReport,
  pruneBackupFolder,
} from '../photos/photo-copy';
import { serveKeptJobs } from '../workers/serve';
import { type SnapshotJob, takeSnapshot } from './snapshot';

// One worker, one queue: a backup's photo copies run before and after its database copy, and the
// rotation after it, in turn, so the app's thread never waits on this file work.
serveKeptJobs(
  async (
    job: SnapshotJob | PhotoCopyJob | BackupPruneJob,
    progress: (p: BackupProgress) => void,
  ): Promise<BackupInfo | PhotoCopyReport | PhotoPruneReport> => {
    if (isPhotoCopyJob(job)) return copyPhotosJob(job);
    if (isBackupPruneJob(job)) return pruneBackupFolder(job);
    return takeSnapshot(job, progress);
  },
);
