import { Worker } from 'node:worker_threads';
import type { WorkerMessage } from '../workers/spawn';
import type { CopyDescription, DescribeJob } from './inspect';

export interface CheckHelper {
  /** The helper thread's entry file (workerEntryFile('backup-check-worker')). */
  entry: string;
  fromBytes: number;
}

/**
 * From this size a copy's check runs on two threads (inspectCopy): the summary's scans of every
 * table then cost about as much as the walk of every page, and take a second thread's start-up
 * (overlapping the copy) and a second read of the schema well worth it. Below it, one thread reads
 * the summary from the pages its walk has just decrypted.
 */
export const SPLIT_CHECK_FROM_BYTES = 64 * 1024 * 1024;

/**
 * The backup worker's own helper thread (started by it, from the entry file the app names in the
 * job), kept between backups like the backup worker itself and gone with it.
 */
let helper: { worker: Worker; entry: string } | null = null;

function helperAt(entry: string): Worker {
  if (helper?.entry === entry) return helper.worker;
  void helper?.worker.terminate();
  const started = { worker: new Worker(entry, { execArgv: [] }), entry };
  const gone = () => {
    if (helper === started) helper = null;
  };
  started.worker.on('error', gone);
  started.worker.on('exit', gone);
  // Idle, it never keeps the backup worker (nor a test's thread) alive.
  started.worker.unref();
  helper = started;
  return started.worker;
}

/**
 * Starts the helper thread ahead of its first job: it loads while the copy is made. A helper that
 * cannot start fails no backup: the check then reads the summary on the backup worker's thread.
 */
export function warmCheckHelper(entry: string): void {
  try {
    helperAt(entry);
  } catch {
    // describeInHelper tries again and, failing, leaves the summary to the backup worker.
  }
}

/**
 * Reads a copy's summary on the helper thread (describeFile). Rejects only when the thread cannot
 * answer (it failed to start or stopped); damage it finds is in the answer. The job's key is wiped
 * here once posted (the helper gets its own copy).
 */
export function describeInHelper(entry: string, job: DescribeJob): Promise<CopyDescription> {
  const worker = helperAt(entry);
  return new Promise<CopyDescription>((resolve, reject) => {
    const answered = (message: WorkerMessage<CopyDescription, never>) => {
      if (message.kind === 'progress') return;
      settle();
      if (message.kind === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    const stopped = (reason: unknown) => {
      settle();
      reject(reason instanceof Error ? reason : new Error(`The check helper stopped (exit code ${reason}).`));
    };
    const settle = () => {
      worker.off('message', answered);
      worker.off('error', stopped);
      worker.off('exit', stopped);
      worker.unref();
    };
    worker.on('message', answered);
    worker.on('error', stopped);
    worker.on('exit', stopped);
    worker.ref();
    try {
      worker.postMessage(job);
    } catch (error) {
      settle();
      reject(error);
    } finally {
      job.key.fill(0);
    }
  });
}
