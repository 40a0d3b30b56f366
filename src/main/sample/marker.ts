import type { Db } from '../db/types';

/**
 * The row that marks a database as the sample clinic's. It lives in the settings table (read by no
 * setting, so it never shows as one) and travels with every backup of the sample clinic, which is how
 * a restore tells a sample backup from a real one.
 */
export const SAMPLE_MARKER_KEY = 'sampleClinic';

export function markAsSample(db: Db, at: Date): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, 'true', ?)
     ON CONFLICT (key) DO UPDATE SET value = 'true'`,
  ).run(SAMPLE_MARKER_KEY, at.toISOString());
}

export function isSampleDatabase(db: Db): boolean {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SAMPLE_MARKER_KEY);
  return value === 'true';
}
