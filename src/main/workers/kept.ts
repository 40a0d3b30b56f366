import type { Worker } from 'node:worker_threads';
import { spawnWorker, type WorkerMessage, type WorkerName } from './spawn';

/** How long a worker waits for its next job before it goes. */
export const KEPT_IDLE_MS = 5 * 60_000;

interface Kept {
  worker: Worker;
  idle: NodeJS.Timeout | null;
  /** The job running, told when the worker stops under it. */
  stopped: ((error: Error) => void) | null;
}

const kept = new Map<WorkerName, Kept>();
const queues = new Map<WorkerName, Promise<unknown>>();

function keptWorker(name: WorkerName): Kept {
  const known = kept.get(name);
  if (known) return known;
  const entry: Kept = { worker: spawnWorker(name, null), idle: null, stopped: null };
  const gone = (error: Error) => {
    if (kept.get(name) === entry) kept.delete(name);
    if (entry.idle) clearTimeout(entry.idle);
    entry.stopped?.(error);
  };
  entry.worker.on('error', gone);
  entry.worker.on('exit', (code) =>
    gone(new Error(`The ${name} stopped (exit code ${code}) before it finished.`)),
  );
  kept.set(name, entry);
  return entry;
}

function runOne<Result, Progress>(
  name: WorkerName,
  data: unknown,
  onProgress: (progress: Progress) => void,
): Promise<Result> {
  const entry = keptWorker(name);
  if (entry.idle) clearTimeout(entry.idle);
  entry.idle = null;
  entry.worker.ref();
  return new Promise<Result>((resolve, reject) => {
    const settle = () => {
      entry.worker.off('message', listen);
      entry.stopped = null;
      if (kept.get(name) !== entry) return;
      // Idle, the worker never keeps the app from quitting, and goes after a while.
      entry.worker.unref();
      entry.idle = setTimeout(() => {
        kept.delete(name);
        void entry.worker.terminate();
      }, KEPT_IDLE_MS);
      entry.idle.unref();
    };
    const listen = (message: WorkerMessage<Result, Progress>) => {
      if (message.kind === 'progress') return onProgress(message.progress);
      settle();
      if (message.kind === 'done') resolve(message.result);
      else reject(Object.assign(new Error(message.message), { code: message.code }));
    };
    entry.stopped = (error) => {
      entry.worker.off('message', listen);
      entry.stopped = null;
      reject(error);
    };
    entry.worker.on('message', listen);
    entry.worker.postMessage(data);
  });
}

/**
 * Runs a job in a worker thread kept for the next one: starting a worker (a new JavaScript engine,
 * the SQLite module loaded again) costs 50–150 ms, more than copying a 15 MB database. Jobs of one
 * name run one after another; progress messages go to onProgress, the last message is the result.
 * A worker that stops mid-job fails that job, and the next job starts a new one.
 */
export function runKeptWorker<Result, Progress>(
  name: WorkerName,
  data: unknown,
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<Result> {
  const previous = queues.get(name) ?? Promise.resolve();
  const job = previous.then(
    () => runOne<Result, Progress>(name, data, onProgress),
    () => runOne<Result, Progress>(name, data, onProgress),
  );
  queues.set(
    name,
    job.catch(() => undefined),
  );
  return job;
}
