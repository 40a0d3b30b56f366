import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker, type WorkerName } from './spawn';

/** Enough for the largest record PDF by far (pdfkit keeps one document's pages until it ends). */
const POOL_HEAP_MB = 128;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Long-lived workers (one per core by default) that take jobs in turn: each job goes to the worker
 * with the fewest in flight. Callers bound how many they keep in flight (see `inFlight`).
 */
export function createWorkerPool(name: WorkerName, size = Math.max(1, os.availableParallelism())) {
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let failure: Error | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  for (let i = 0; i < size; i++) {
    // A small heap makes each worker collect its garbage as it goes instead of growing for minutes.
    const worker = spawnWorker(name, null, { maxOldGenerationSizeMb: POOL_HEAP_MB });
    load.set(worker, 0);
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = pending.get(message.id);
      pending.delete(message.id);
      if (!job) return;
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.result);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a ${name} stopped (exit code ${code})`));
    });
  }

  return {
    size,
    run<T>(data: unknown): Promise<T> {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const [worker] = [...load.entries()].sort((a, b) => a[1] - b[1])[0] as [Worker, number];
      load.set(worker, (load.get(worker) ?? 0) + 1);
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, data });
      });
    },
    inFlight: () => pending.size,
    async close(): Promise<void> {
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}
export type WorkerPool = ReturnType<typeof createWorkerPool>;
