import type { ExportCounts } from '../../shared/exports/schema';
import type { WrittenFile } from './hashed-file';

/*
 * What the main thread and the bulk export workers share. Kept apart from the worker's entry
 * (bulk-worker.ts) so that the app's bundle never imports the entry: the build would then make the
 * entry a chunk of the app, and every worker would load the whole app.
 */

/** What a bulk export worker is started with. */
export interface BulkWorkerData {
  dbFile: string;
  key: Uint8Array | null;
  nativeBinding?: string;
  dataDir: string;
  /** The export folder being written (its .partial). */
  root: string;
  /** Which part of the export: 0 writes the files themselves, then appends the others' parts. */
  part: number;
  parts: number;
  at: string;
  /** Shared by the workers and the main thread: see SIGNALS. */
  shared: SharedArrayBuffer;
  /** The documents too: this worker draws the record PDFs of its patients. */
  documents: boolean;
}

/** A later part's file, to be appended to part 0's file of the same url. */
export interface PartFile {
  url: string;
  file: string;
  count: number;
}

export type ToBulkWorker = { kind: 'join'; parts: PartFile[][] };

export type FromBulkWorker =
  | { kind: 'anchor'; content: string }
  | { kind: 'progress'; done: number }
  | { kind: 'written'; counts: ExportCounts | null; parts: PartFile[] }
  | { kind: 'joined'; files: WrittenFile[] }
  | { kind: 'failed'; message: string };

/** Int32 slots of the shared buffer; the parts' patient id bounds follow as Float64 from byte 16. */
export const SIGNALS = { cancel: 0, prepared: 1, locked: 2, began: 3 } as const;
export const BOUNDS_OFFSET = 16;

export const bulkSharedBuffer = (parts: number) => new SharedArrayBuffer(BOUNDS_OFFSET + 8 * (parts + 1));
export const cancelBulkWorkers = (shared: SharedArrayBuffer) => {
  Atomics.store(new Int32Array(shared, 0, 4), SIGNALS.cancel, 1);
};
