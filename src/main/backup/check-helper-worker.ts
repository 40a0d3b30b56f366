import { serveKeptJobs } from '../workers/serve';
import { describeFile } from './inspect';

// The second thread of a large backup's check: reads the copy's summary while the backup worker
// walks every page of it (inspectCopy).
serveKeptJobs(describeFile);
