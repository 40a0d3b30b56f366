import type { BackupInfo, BackupProgress } from '../../shared/backup/schema';
import { copyPhotosJob, isPhotoCopyJob, type PhotoCopyJob, type PhotoCopyReport } from '../photos/photo-copy';
import { serveKeptJobs } from '../workers/serve';
import { type SnapshotJob, takeSnapshot } from './snapshot';

// One worker, one queue: a backup's photo copies run before and after its database copy, in turn.
serveKeptJobs(
  async (
    job: SnapshotJob | PhotoCopyJob,
    progress: (p: BackupProgress) => void,
  ): Promise<BackupInfo | PhotoCopyReport> =>
    isPhotoCopyJob(job) ? copyPhotosJob(job) : takeSnapshot(job, progress),
);
