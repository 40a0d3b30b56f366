import { z } from 'zod';

export type BackupKind = 'daily' | 'quit' | 'manual' | 'pre-restore';

export interface BackupContents {
  schemaVersion: number;
  /** Rows per table, e.g. { patients: 120, audit_log: 900 }. */
  counts: Record<string, number>;
  /** The latest creation or change time of any record in it. */
  newestRecordAt: string | null;
}

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  status: 'verified' | 'damaged';
  contents: BackupContents | null;
  problem: string | null;
}

const filePath = z
  .string()
  .trim()
  .min(1, { error: 'errors.required' })
  .max(1000, { error: 'errors.tooLong' });

export const backupCreateSchema = z.strictObject({
  /** A folder chosen by the user (e.g. a USB stick); the clinic's own backups folder when absent. */
  folder: filePath.optional(),
});
export const backupFileSchema = z.strictObject({ file: filePath });
