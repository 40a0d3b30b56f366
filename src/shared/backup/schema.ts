import { z } from 'zod';
import type { AuditAnchor } from '../audit/anchor';
import { requiredString } from '../kernel/zod';

/** daily: the first unlock of a day; quit: on closing the app; manual: "Back up now"; the rest are safety copies. */
export const BACKUP_KINDS = ['daily', 'quit', 'manual', 'pre-restore', 'pre-conversion', 'damaged'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupContents {
  schemaVersion: number;
  /** Rows per table, e.g. { patients: 120, audit_log: 900 }. */
  counts: Record<string, number>;
  /** The latest creation or change time of any record in it. */
  newestRecordAt: string | null;
  /** A backup of the sample clinic of invented patients: never restored into a real clinic. */
  sample?: boolean;
}

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
  status: 'verified' | 'damaged';
  contents: BackupContents | null;
  /** A message key when the backup cannot be used, e.g. errors.backupDamaged. */
  problem: string | null;
  /** The audit chain (entry count, head hash) at the moment of the copy: kept outside the database. */
  auditAnchor?: AuditAnchor;
}

/** How far the backup being taken has got: copying (bytes) then verifying; idle when none runs. */
/** Where a restore's staging is: the backup's check, its copy, its re-encryption, the copy's check. */
export type RestoreStep = 'checking' | 'copying' | 'converting' | 'verifying';

export type BackupProgress =
  | { phase: 'idle' }
  | { phase: 'copying'; doneBytes: number; totalBytes: number }
  | { phase: 'verifying' }
  /** A restore before its safety copy: the backup is checked and staged beside the database. */
  | { phase: 'restoring'; step: RestoreStep };

export interface BackupList {
  folder: string;
  items: BackupInfo[];
}

/** A folder that took a test write: the backups can go there. */
export interface FolderTest {
  folder: string;
}

export interface FolderChoice {
  path: string | null;
}

const filePath = requiredString(1000);

export const backupCreateSchema = z.strictObject({
  /** A folder chosen by the user (e.g. a USB stick); the clinic's own backups folder when absent. */
  folder: filePath.optional(),
});
export const backupFolderSchema = z.strictObject({ folder: filePath });
export const backupFileSchema = z.strictObject({ file: filePath });
export const restoreDamagedSchema = z.strictObject({
  passphrase: z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(200),
  file: filePath,
});
