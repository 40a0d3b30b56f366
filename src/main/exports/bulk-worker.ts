import { parentPort, workerData } from 'node:worker_threads';
import { currentAnchor } from '../audit/anchor';
import { anchorFileContent } from '../audit/anchor-files';
import { openConnection } from '../db/open';
import type { Db } from '../db/types';
import { type BulkFiles, openBulkFiles, writeBulkRecords } from './bulk';
import {
  BOUNDS_OFFSET,
  type BulkWorkerData,
  type FromBulkWorker,
  type PartFile,
  SIGNALS,
  type ToBulkWorker,
} from './bulk-protocol';
import { createRecordPageReader } from './record';
import { createExportSources } from './sources';

/** How long a worker waits for the others to be ready or to begin (they are in this process). */
const HANDSHAKE_MS = 30_000;

const PART_SUFFIX = /\.part\d+$/;

/** Waits until slot reaches value (or the export is cancelled); false on time-out. */
function waitFor(signals: Int32Array, slot: number, value: number): boolean {
  const deadline = Date.now() + HANDSHAKE_MS;
  for (;;) {
    const now = Atomics.load(signals, slot);
    if (now >= value || Atomics.load(signals, SIGNALS.cancel) === 1) return true;
    if (Date.now() > deadline) return false;
    Atomics.wait(signals, slot, now, 100);
  }
}

function signal(signals: Int32Array, slot: number): void {
  Atomics.add(signals, slot, 1);
  Atomics.notify(signals, slot);
}

/**
 * What appending the other parts costs part 0 (reading, hashing and writing their files again), as a
 * share of writing them: measured about an eighth at 10,000 patients.
 */
const JOIN_COST = 0.13;

/**
 * How many patients each part ends after, first to last: part 0 takes fewer, since it appends the
 * others' files once it is done, so that every part finishes about together.
 */
export function partEnds(count: number, parts: number): number[] {
  if (parts === 1) return [count];
  const others = parts - 1;
  const first = Math.max(0, (1 - JOIN_COST * others) / (others * (1 - JOIN_COST) + 1));
  const zero = Math.floor(first * count);
  return Array.from({ length: parts }, (_, i) => zero + Math.floor((i * (count - zero)) / others));
}

/**
 * Part 0, once every worker is ready: takes the write lock on a connection of its own, so that nothing
 * is committed meanwhile; splits the patients into ranges (see partEnds); lets every worker open its read
 * transaction; releases the lock once they all have. The app's saves wait for the lock a few
 * milliseconds at most (its busy timeout is 5 s), and the workers all read that one committed state.
 */
function lockAndBegin(data: BulkWorkerData, db: Db, signals: Int32Array, bounds: Float64Array): string {
  if (!waitFor(signals, SIGNALS.prepared, data.parts - 1)) throw new Error('export workers not ready');
  const lock = openWiped(data);
  // The key is not needed again in this thread.
  data.key?.fill(0);
  try {
    lock.exec('BEGIN IMMEDIATE');
    try {
      const count = lock.prepare('SELECT count(*) FROM patients').pluck().get() as number;
      const idAt = lock.prepare('SELECT id FROM patients ORDER BY id LIMIT 1 OFFSET ?').pluck();
      bounds[0] = 0;
      const ends = partEnds(count, data.parts);
      for (let i = 1; i < data.parts; i++) {
        const k = ends[i - 1] as number;
        bounds[i] = k === 0 ? 0 : (idAt.get(k - 1) as number);
      }
      bounds[data.parts] = Number.MAX_SAFE_INTEGER;
      const anchor = anchorFileContent(currentAnchor(lock, new Date(data.at)));
      beginRead(db);
      signal(signals, SIGNALS.locked);
      if (!waitFor(signals, SIGNALS.began, data.parts - 1)) throw new Error('export workers did not begin');
      return anchor;
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

function openWiped(data: BulkWorkerData): Db {
  // A copy for the connection, wiped once it is open (SQLCipher keeps its own).
  const key = data.key ? Buffer.from(data.key) : null;
  try {
    return openConnection(data.dbFile, key, data.nativeBinding);
  } finally {
    key?.fill(0);
  }
}

function beginRead(db: Db): void {
  db.exec('BEGIN');
  // A deferred transaction takes its snapshot at its first read.
  db.prepare('SELECT count(*) FROM patients').get();
}

function serve(port: NonNullable<typeof parentPort>, data: BulkWorkerData) {
  const post = (message: FromBulkWorker) => port.postMessage(message);
  const signals = new Int32Array(data.shared, 0, 4);
  const bounds = new Float64Array(data.shared, BOUNDS_OFFSET, data.parts + 1);
  const cancelled = () => Atomics.load(signals, SIGNALS.cancel) === 1;
  const db = openWiped(data);
  // Part 0 opens one more connection (the lock) and wipes the key then.
  if (data.part !== 0) data.key?.fill(0);
  // This connection only reads: a write through it would fail rather than race the app's own.
  db.pragma('query_only = ON');
  // A worker reads its patients' pages about once each, in id order: SQLite's default cache (16 MB
  // a connection) held nothing worth keeping and only made the export's memory grow with the clinic.
  db.pragma('cache_size = -2048');
  const at = new Date(data.at);
  const sources = createExportSources(db, () => at, data.dataDir);
  const readPage = createRecordPageReader(db, sources, { thumbnails: data.documents });
  const idsBetween = db
    .prepare<[number, number, number], number>(
      'SELECT id FROM patients WHERE id > ? AND id <= ? ORDER BY id LIMIT ?',
    )
    .pluck();
  let files: BulkFiles | null = null;

  async function write(): Promise<void> {
    if (data.part === 0) {
      post({ kind: 'anchor', content: lockAndBegin(data, db, signals, bounds) });
    } else {
      signal(signals, SIGNALS.prepared);
      if (!waitFor(signals, SIGNALS.locked, 1)) throw new Error('the export lock was not taken');
      beginRead(db);
      signal(signals, SIGNALS.began);
    }
    const after = bounds[data.part] as number;
    const upTo = bounds[data.part + 1] as number;
    files = openBulkFiles(data.root, data.part);
    let reported = 0;
    // The PDF writer (pdfkit, fontkit and the fonts) is loaded only when record PDFs are drawn.
    const render = data.documents ? (await import('./record-pdf')).renderRecordPdf : null;
    const counts = await writeBulkRecords(sources, data.root, at, files, {
      after,
      pageAfter: (last, limit) => {
        const ids = idsBetween.all(last, upTo, limit);
        return ids.length ? readPage(ids[0] as number, ids[ids.length - 1] as number) : [];
      },
      cancelled,
      progress: (done) => {
        if (done - reported >= 20) {
          post({ kind: 'progress', done: done - reported });
          reported = done;
        }
      },
      pdfs: render && { render, ahead: 1 },
    });
    // Read: the app's checkpoints may move past this snapshot now.
    db.exec('COMMIT');
    db.close();
    if (!counts) {
      files.abandon();
      return post({ kind: 'written', counts: null, parts: [] });
    }
    post({ kind: 'progress', done: (counts.patients ?? 0) - reported });
    if (data.part === 0) return post({ kind: 'written', counts, parts: [] });
    const parts = files.open.map((f) => ({
      url: f.url.replace(PART_SUFFIX, ''),
      file: f.file,
      count: f.close().count ?? 0,
    }));
    files.open.length = 0;
    post({ kind: 'written', counts, parts });
  }

  function join(parts: PartFile[][]): void {
    const own = files as BulkFiles;
    for (const p of parts.flat()) {
      if (cancelled()) {
        // The main thread knows: it set the flag, and removes the folder.
        own.abandon();
        post({ kind: 'joined', files: [] });
        return;
      }
      own.fileOf(p.url).appendPart(p.file, p.count);
    }
    const written = own.open.map((f) => f.close());
    own.open.length = 0;
    post({ kind: 'joined', files: written });
  }

  const fail = (error: unknown) => {
    files?.abandon();
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  };
  port.on('message', (message: ToBulkWorker) => {
    try {
      join(message.parts);
    } catch (error) {
      fail(error);
    }
  });
  write().catch(fail);
}

if (parentPort) serve(parentPort, workerData as BulkWorkerData);
