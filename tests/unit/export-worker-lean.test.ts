import path from 'node:path';
import { buildSync, type Metafile } from 'esbuild';
import { expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** The bundle's module graph from an entry, as esbuild (tsx's compiler, and the test path's worker bundler) sees it. */
function graphOf(entry: string): Metafile['inputs'] {
  const { metafile } = buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    external: ['electron'],
    write: false,
    outdir: 'out/.lean-test',
    metafile: true,
    logLevel: 'silent',
  });
  return metafile.inputs;
}

/** What an entry loads as it starts: its static imports, followed through (import() is left out). */
function loadedAtStart(inputs: Metafile['inputs'], entry: string): Set<string> {
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const i of inputs[file]?.imports ?? []) {
      if (i.kind === 'dynamic-import' || seen.has(i.path)) continue;
      seen.add(i.path);
      queue.push(i.path);
    }
  }
  return seen;
}

const WORKER = 'src/main/exports/bulk-worker.ts';

it('starts the bulk export worker without the PDF writer nor the rest of the app', () => {
  const inputs = graphOf(WORKER);
  const loaded = loadedAtStart(inputs, WORKER);
  for (const heavy of [
    'pdfkit',
    'src/main/services.ts',
    'src/main/documents/service.ts',
    'src/main/settings/logo.ts',
    'src/main/screening/service.ts',
    'src/main/exports/record-pdf.ts',
  ]) {
    expect(loaded, heavy).not.toContain(heavy);
  }
  // Record PDFs are still drawn by the worker: their writer is loaded when they are asked for.
  expect(Object.keys(inputs)).toContain('src/main/exports/record-pdf.ts');
  expect(loaded).toContain('src/main/exports/sources.ts');
});

it('keeps the worker entry out of the app: the build would otherwise make it a chunk every worker loads whole', () => {
  const entry = 'src/main/index.ts';
  expect(Object.keys(graphOf(entry))).not.toContain(WORKER);
});
