import { serveOneJob } from '../workers/serve';
import { takeSnapshot } from './snapshot';

serveOneJob(takeSnapshot);
