import { z } from 'zod';

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
  'recover',
  'import',
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

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  brokenAt: number | null;
}
