import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage } from './spawn';

/** The worker side of runWorker: runs the one job it was started for and posts its result. */
export function serveOneJob<Data, Result, Progress>(
  job: (data: Data, progress: (progress: Progress) => void) => Result | Promise<Result>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveOneJob runs only inside a worker thread');
  const post = (message: WorkerMessage<Result, Progress>) => port.postMessage(message);
  Promise.resolve()
    .then(() => job(workerData as Data, (progress) => post({ kind: 'progress', progress })))
    .then(
      (result) => post({ kind: 'done', result }),
      (error: unknown) =>
        post({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
          code: (error as { code?: string } | null)?.code,
        }),
    );
}

/** The worker side of createWorkerPool: answers every job it is sent, in turn. */
export function serveJobs<Data, Result>(job: (data: Data) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs only inside a worker thread');
  port.on('message', (message: { id: number; data: Data }) => {
    Promise.resolve()
      .then(() => job(message.data))
      .then(
        (result) => port.postMessage({ id: message.id, result }),
        (error: unknown) =>
          port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
