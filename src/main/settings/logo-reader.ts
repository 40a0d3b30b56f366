import type { LogoMime } from '../../shared/settings/schema';
import type { Db } from '../db/types';

/** The stored clinic logos by hash, read without the PDF writer that checks a new one (logo.ts). */
export function createLogoReader(db: Db) {
  const byHash = db.prepare<[string], { mime: LogoMime; data: Buffer }>(
    'SELECT mime, data FROM clinic_logos WHERE hash = ?',
  );
  return {
    row: (hash: string) => byHash.get(hash),
    bytes: (hash: string): Buffer | null => byHash.get(hash)?.data ?? null,
  };
}
