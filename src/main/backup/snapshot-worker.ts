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
import { type FolderTestJob, type FolderTestResult, isFolderTestJob, probeBackupFolder } from './folder-test';
import { type SnapshotJob, takeSnapshot } from './snapshot';
import { preparePartial } from './store';

// One worker, one queue: a backup's photo copies run before and after its database copy, and the
// rotation after it, in turn, so the app's thread never waits on this file work (nor on a test write
// to a folder chosen for backups).
serveKeptJobs(
  async (
    job: SnapshotJob | PhotoCopyJob | BackupPruneJob | FolderTestJob,
    progress: (p: BackupProgress) => void,
  ): Promise<BackupInfo | PhotoCopyReport | PhotoPruneReport | FolderTestResult> => {
    if (isFolderTestJob(job)) return probeBackupFolder(job);
    if (isPhotoCopyJob(job)) return copyPhotosJob(job);
    if (isBackupPruneJob(job)) return pruneBackupFolder(job);
    try {
      preparePartial(job);
      return await takeSnapshot(job, progress);
    } finally {
      // The worker's own copy of the key, made when the job crossed over.
      job.key.fill(0);
    }
  },
);
