import { parentPort } from 'node:worker_threads';
import type { WorkerMessage } from './spawn';

/** The worker side of runKeptWorker: runs each job it is sent, in turn, posting progress then the result. */
export function serveKeptJobs<Data, Result, Progress>(
  job: (data: Data, progress: (progress: Progress) => void) => Result | Promise<Result>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveKeptJobs runs only inside a worker thread');
  const post = (message: WorkerMessage<Result, Progress>) => port.postMessage(message);
  port.on('message', (data: Data) => {
    Promise.resolve()
      .then(() => job(data, (progress) => post({ kind: 'progress', progress })))
      .then(
        (result) => post({ kind: 'done', result }),
        (error: unknown) =>
          post({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
            code: (error as { code?: string } | null)?.code,
          }),
      );
  });
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
