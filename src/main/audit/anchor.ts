import type { AuditAnchor } from '../../shared/audit/anchor';
import type { Db } from '../db/types';
import { GENESIS_HASH } from './chain';

/** The chain as it stands: how many entries and the newest entry's hash, read in one statement. */
export function currentAnchor(db: Db, at: Date): AuditAnchor {
  const row = db
    .prepare<[], { count: number; head: string | null }>(
      'SELECT count(*) AS count, (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head FROM audit_log',
    )
    .get() as { count: number; head: string | null };
  return { count: row.count, headHash: row.head ?? GENESIS_HASH, at: at.toISOString() };
}
