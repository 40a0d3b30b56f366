import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ExportCounts } from '../../shared/exports/schema';
import { EXPORT_ANCHOR_FILE } from '../audit/anchor-files';
import type { DbAccess } from '../db/types';
import { keyForWorker } from '../kernel/key-for-worker';
import { spawnWorker } from '../workers/spawn';
import { addCounts, type BulkManifest, finishBulkExport } from './bulk';
import {
  type BulkWorkerData,
  bulkSharedBuffer,
  cancelBulkWorkers,
  type FromBulkWorker,
  type PartFile,
  type ToBulkWorker,
} from './bulk-protocol';
import type { WrittenFile } from './hashed-file';

export interface ParallelBulkOptions {
  dbFile: string;
  access: DbAccess;
  dataDir: string;
  cancelled(): boolean;
  /** Patients written so far, all workers together. */
  progress(done: number): void;
  /** How many workers (one per core by default). */
  workers?: number;
  /** Exported from the sample clinic (said in the manifest). */
  sampleClinic?: boolean;
  /** Each patient's record PDF and signed PDFs too, drawn by the worker that writes the patient. */
  documents?: boolean;
}

/**
 * A worker's heap: the export holds one page of 100 patients and a quarter of a megabyte per open file,
 * so a small heap is plenty and keeps the process's memory flat (a larger young generation, 48 MB,
 * made no measurable difference to the CPU time). A smaller one (8 MB) took another 15 MB off the peak
 * at 10,000 patients (258-269 against 278-283 MB) but cost 5 % more CPU time (3 interleaved runs
 * each): the peak is under 300 MB without it, the time has less to spare, so 16.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };
/**
 * Drawing record PDFs too, a worker also holds the layout caches every document shares (fonts.ts,
 * wrap-cache.ts, fragment.ts: about 3 MB at their byte bounds) and one document's pages: its live
 * heap is 24-26 MB (heap snapshot of a worker, 1,000 patients), its old generation 34-38 MB. 80 MB
 * leaves room to collect without thrashing (64 MB doubled the CPU time when 50 MB were live; 56 MB
 * changes nothing now), and a small young generation keeps each worker's memory (and so the
 * process's peak) down: 16 MB instead of 8 added 13 MB to the peak at 1,000 patients (284-291
 * against 276-281 MB, 3 interleaved runs). Measured on 1,000 patients before: 128 + 16 MB cost as
 * much CPU and 30 MB more; no limit, a quarter less CPU but twice the memory the export adds (about
 * 480 MB against 215 MB).
 */
const WORKER_LIMITS_WITH_DOCUMENTS = { maxOldGenerationSizeMb: 80, maxYoungGenerationSizeMb: 8 };
/** How often the main thread passes a cancel on to the workers. */
const CANCEL_POLL_MS = 20;

/** The messages of one worker, awaited by kind; a failure or an exit rejects every wait. */
function listen(worker: Worker, onProgress: (done: number) => void) {
  const waiting = new Map<string, (message: FromBulkWorker) => void>();
  const arrived = new Map<string, FromBulkWorker>();
  let failure: Error | null = null;
  const failAll = new Set<(error: Error) => void>();
  const fail = (error: Error) => {
    failure ??= error;
    for (const reject of failAll) reject(failure);
  };
  worker.on('message', (message: FromBulkWorker) => {
    if (message.kind === 'progress') return onProgress(message.done);
    if (message.kind === 'failed') return fail(new Error(message.message));
    const resolve = waiting.get(message.kind);
    if (resolve) resolve(message);
    else arrived.set(message.kind, message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`an export worker stopped (exit code ${code})`)));
  return <K extends FromBulkWorker['kind']>(kind: K): Promise<Extract<FromBulkWorker, { kind: K }>> =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const known = arrived.get(kind);
      if (known) {
        arrived.delete(kind);
        return resolve(known as Extract<FromBulkWorker, { kind: K }>);
      }
      failAll.add(reject);
      waiting.set(kind, (message) => {
        waiting.delete(kind);
        failAll.delete(reject);
        resolve(message as Extract<FromBulkWorker, { kind: K }>);
      });
    });
}

/**
 * The data part of the whole-clinic export (bulk NDJSON, CSV, manifest), written by worker threads,
 * each over its own connection and a range of patients, all reading one committed state of the
 * database (see lockAndBegin in bulk-worker.ts). Worker 0 writes the files themselves, the others
 * part files, which worker 0 then appends in order, hashing as it goes: the files are byte for byte
 * those of the single-threaded export. The main thread only passes messages along.
 */
export async function writeBulkExportInWorkers(
  root: string,
  at: Date,
  options: ParallelBulkOptions,
): Promise<BulkManifest | null> {
  const parts = options.workers ?? Math.max(1, os.availableParallelism());
  const shared = bulkSharedBuffer(parts);
  const workers: Worker[] = [];
  const watch = setInterval(() => {
    if (options.cancelled()) cancelBulkWorkers(shared);
  }, CANCEL_POLL_MS);
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.progress(done);
  };
  try {
    const next = Array.from({ length: parts }, (_, part) => {
      const data: BulkWorkerData = {
        dbFile: options.dbFile,
        key: options.access.key ? keyForWorker(options.access.key) : null,
        nativeBinding: options.access.nativeBinding,
        dataDir: options.dataDir,
        root,
        part,
        parts,
        at: at.toISOString(),
        shared,
        documents: options.documents ?? false,
      };
      const worker = spawnWorker(
        'bulk-export-worker',
        data,
        options.documents ? WORKER_LIMITS_WITH_DOCUMENTS : WORKER_LIMITS,
      );
      // The worker got its own copy of workerData when it was made.
      data.key?.fill(0);
      workers.push(worker);
      return listen(worker, progress);
    });
    const first = next[0] as (typeof next)[number];
    const anchor = await first('anchor');
    const written = await Promise.all(next.map((n) => n('written')));
    if (options.cancelled() || written.some((w) => !w.counts)) return null;
    const join: ToBulkWorker = { kind: 'join', parts: written.slice(1).map((w): PartFile[] => w.parts) };
    (workers[0] as Worker).postMessage(join);
    const { files } = await first('joined');
    if (options.cancelled()) return null;
    const counts = written.reduce(
      (total, w) => addCounts(total, w.counts as ExportCounts),
      {} as ExportCounts,
    );
    return finishBulkExport(
      root,
      at,
      files as WrittenFile[],
      counts,
      {
        name: EXPORT_ANCHOR_FILE,
        bytes: Buffer.from(anchor.content),
      },
      options.sampleClinic ?? false,
    );
  } finally {
    // Stops whatever a worker still does (a failure elsewhere, a cancel) at its next patient.
    cancelBulkWorkers(shared);
    clearInterval(watch);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
