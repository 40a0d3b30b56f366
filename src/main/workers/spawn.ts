import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';

/**
 * The worker entries, by the name the build gives them (electron.vite.config.ts lists the same names
 * as inputs of the main bundle) and their source file under src/main.
 */
export const WORKER_ENTRIES = {
  'backup-worker': 'backup/snapshot-worker.ts',
  'restore-worker': 'backup/restore-worker.ts',
  'record-pdf-worker': 'exports/record-pdf-worker.ts',
  'bulk-export-worker': 'exports/bulk-worker.ts',
} as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;

const bundled = new Map<WorkerName, string>();

/**
 * Run from source (tests, bench, the browser bridge under tsx), an entry is bundled once per process
 * with esbuild (the compiler tsx itself uses), as electron-vite bundles it for the app: a worker then
 * starts by loading one file instead of compiling its imports. Loaded without a static import so
 * that the app's bundle never includes the compiler.
 */
function bundleFromSource(name: WorkerName): string {
  const known = bundled.get(name);
  if (known) return known;
  const esbuild = createRequire(__filename)('esbuild') as typeof import('esbuild');
  // Inside the project (out/ is build output), so that the bundle finds the packages it requires.
  const out = path.resolve(__dirname, '..', '..', '..', 'out');
  fs.mkdirSync(out, { recursive: true });
  const dir = fs.mkdtempSync(path.join(out, '.workers-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const outfile = path.join(dir, `${name}.js`);
  esbuild.buildSync({
    entryPoints: [path.resolve(__dirname, '..', WORKER_ENTRIES[name])],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  bundled.set(name, outfile);
  return outfile;
}

const fromSource = __filename.endsWith('.ts');

/**
 * Run from source, bundles an entry now rather than at its first start (the bench, so that it
 * measures a worker starting as in the built app, where the bundle exists before the app starts).
 */
export function prepareWorkerEntry(name: WorkerName): void {
  if (fromSource) bundleFromSource(name);
}

/** Starts a worker thread: built, each entry is a file beside the main bundle. */
export function spawnWorker(name: WorkerName, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const file = fromSource ? bundleFromSource(name) : path.join(__dirname, `${name}.js`);
  // A plain JavaScript file: the worker needs none of the parent's loader flags (tsx's cost 150 ms).
  return new Worker(file, { workerData, execArgv: [], resourceLimits });
}

export type WorkerMessage<Result, Progress> =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'done'; result: Result }
  | { kind: 'failed'; message: string; code?: string };
