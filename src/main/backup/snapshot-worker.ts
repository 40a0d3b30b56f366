import { serveKeptJobs } from '../workers/serve';
import { takeSnapshot } from './snapshot';

serveKeptJobs(takeSnapshot);
