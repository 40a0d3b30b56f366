import type { AuditAnchor, TypedAnchor } from '../../shared/audit/anchor';
import type { AuditAction, AuditEntry, AuditPage, AuditVerification } from '../../shared/audit/schema';
import type { Db } from '../db/types';
import { currentAnchor } from './anchor';
import { entryHash, GENESIS_HASH } from './chain';
import { type FoundAnchor, verifyTrail } from './verify';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditFilter {
  action?: AuditAction;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
});

/** How long a repeated "open" of the same record counts as the same visit. */
const OPEN_DEDUP_MS = 10 * 60_000;

/** The equality and lower-bound filters, each bound under its own name. */
const FILTER_CONDITIONS = [
  ['action', 'action = @action'],
  ['entity', 'entity = @entity'],
  ['entityId', 'entity_id = @entityId'],
  ['from', 'at >= @from'],
] as const;

export function createAuditLog(db: Db, now: () => Date, actor: () => string) {
  const last = db.prepare<[], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1');
  const nextId = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'");
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entity, @entityId, @prevHash, @hash)`,
  );
  const lastOpen = db.prepare<[string, string], { at: string }>(
    "SELECT at FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'open' ORDER BY id DESC LIMIT 1",
  );

  /** Appends one entry. Call inside the transaction of the change it records. */
  function append(action: AuditAction, entity: string, entityId: string | number | null): void {
    const at = now().toISOString();
    const id = entityId === null ? null : String(entityId);
    if (action === 'open' && id !== null) {
      const previous = lastOpen.get(entity, id);
      if (previous && Date.parse(at) - Date.parse(previous.at) < OPEN_DEDUP_MS) return;
    }
    const prevHash = last.get()?.hash ?? GENESIS_HASH;
    const entry = { id: (nextId.get()?.seq ?? 0) + 1, at, actor: actor(), action, entity, entityId: id };
    insert.run({ ...entry, prevHash, hash: entryHash(prevHash, entry) });
  }

  function list(filter: AuditFilter, offset: number, limit: number): AuditPage {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    for (const [key, condition] of FILTER_CONDITIONS) {
      if (!filter[key]) continue;
      where.push(condition);
      params[key] = filter[key];
    }
    if (filter.to) {
      where.push('at < @toExclusive');
      params.toExclusive = nextDay(filter.to);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const items = db
      .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as AuditRow[];
    const total = db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(params) as number;
    return { items: items.map(toEntry), total };
  }

  /** Walks the whole chain and compares it with the anchors given (none: the chain alone). */
  function verify(found: readonly FoundAnchor[] = [], typed: TypedAnchor | null = null): AuditVerification {
    return verifyTrail(db, found, typed);
  }

  /** The chain's current count and head, for the practitioner to note and for backups and exports. */
  const anchor = (): AuditAnchor => currentAnchor(db, now());

  return { append, list, verify, anchor };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
