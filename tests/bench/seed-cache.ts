import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';

/** Where seeded bench databases are kept between runs: a temporary folder, never the repository. */
const CACHE_DIR = path.join(os.tmpdir(), 'mesodesk-bench-cache');

/** The sources whose output a seeded database holds: changing any of them seeds afresh. */
const SHAPING_SOURCES = [
  'tests/bench/seed.ts',
  'tests/fixtures/seed-names.ts',
  'src/main/patients/search-text.ts',
  'src/shared/text/fold.ts',
];

function sourcesHash(extraSources: readonly string[]): string {
  const hash = createHash('sha256');
  for (const source of [...SHAPING_SOURCES, ...extraSources])
    hash.update(fs.readFileSync(path.resolve(source)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Gives `file` the database `seed` writes, copied from the cache when a database with the same
 * schema version, seed parameters and seeding sources was made before (seconds instead of
 * minutes at 100,000 patients). `seed` gets the freshly opened file and must close it.
 * BENCH_SEED_CACHE=0 always seeds afresh.
 */
export function seedCached(
  file: string,
  params: Record<string, string | number>,
  seed: (file: string) => void,
  /** Further sources the seeded data depends on (a bench's own seeding code). */
  extraSources: readonly string[] = [],
): { cached: boolean } {
  if (process.env.BENCH_SEED_CACHE === '0') {
    seed(file);
    return { cached: false };
  }
  const key = Object.entries(params)
    .map(([k, v]) => `${k}${v}`)
    .join('-');
  const cachedFile = path.join(CACHE_DIR, `v${LATEST_SCHEMA_VERSION}-${key}-${sourcesHash(extraSources)}.db`);
  if (fs.existsSync(cachedFile)) {
    fs.copyFileSync(cachedFile, file);
    return { cached: true };
  }
  seed(file);
  fs.mkdirSync(CACHE_DIR, { recursive: true, mode: 0o700 });
  const partial = `${cachedFile}.${process.pid}.part`;
  fs.copyFileSync(file, partial);
  fs.renameSync(partial, cachedFile);
  return { cached: false };
}
