import { z } from 'zod';
import { type AnchorCheck, typedAnchorSchema } from './anchor';

export const AUDIT_ACTIONS = [
  'open',
  'create',
  'update',
  'sign',
  'amend',
  'archive',
  'restore',
  'erase',
  'export',
  'print',
  'backup',
  'restore-backup',
  'settings',
  'unlock',
  'lock',
  'passphrase-change',
  'format-conversion',
  'recover',
  'import',
  'book',
  'move',
  'arrive',
  'cancel',
  'no-show',
  'remind',
  'approve',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  /** The kind of record: patient, intake, settings ... */
  entity: string;
  /** The record's id or number: never a name or any clinical content. */
  entityId: string | null;
}

export const auditListSchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  entity: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
  /** Inclusive YYYY-MM-DD bounds on the entry date (UTC). */
  from: z.iso.date({ error: 'errors.dateFormat' }).max(10).optional(),
  to: z.iso.date({ error: 'errors.dateFormat' }).max(10).optional(),
  offset: z.number().int().min(0).max(100_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

/** The practitioner may type an anchor noted earlier (see anchorCode) to check the trail against. */
export const auditVerifySchema = z.strictObject({
  anchor: typedAnchorSchema.optional(),
});

/**
 * ok: the chain is intact and matches every anchor compared. broken: an entry's hash or link does not
 * match (an entry altered, removed or inserted). truncated / rewritten: an anchor kept outside the
 * database (a backup, an export, the practitioner's note) shows newer entries cut off or the trail
 * re-chained since it was taken.
 */
export type AuditStatus = 'ok' | 'broken' | 'truncated' | 'rewritten';

export interface AuditVerification {
  ok: boolean;
  status: AuditStatus;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  brokenAt: number | null;
  /** How many anchors from the data folder (backups, exports, restores) were compared. */
  anchorsCompared: number;
  /** The newest anchor found in the data folder, or the first one that disagrees; null when none. */
  found: AnchorCheck | null;
  /** The anchor the practitioner typed, when one was. */
  typed: AnchorCheck | null;
}
