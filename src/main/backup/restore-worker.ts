import type { RestoreStep } from '../../shared/backup/schema';
import { serveKeptJobs } from '../workers/serve';
import { type RestoreJob, type RestoreOutcome, runRestoreJob } from './restore-job';

// The restore's checks and staging, one job at a time (the vault runs restores one at a time).
serveKeptJobs<RestoreJob, RestoreOutcome, RestoreStep>(runRestoreJob);
