import type { AnchorCheck, AnchorSource, AuditAnchor, TypedAnchor } from '../../shared/audit/anchor';
import type { AuditVerification } from '../../shared/audit/schema';
import type { Db } from '../db/types';
import { entryHash, GENESIS_HASH } from './chain';

/** An anchor read from a file in the data folder. */
export interface FoundAnchor extends AuditAnchor {
  source: Exclude<AnchorSource, 'typed'>;
  origin: string;
}

interface ChainRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

interface Walk {
  total: number;
  checked: number;
  brokenAt: number | null;
  /** The hash recomputed from the entries' content, at each position asked for (1-based). */
  hashes: Map<number, string>;
}

/**
 * Recomputes the chain from the entries themselves. The stored hashes and links must match (an edited,
 * removed or inserted entry breaks them); the recomputed hash at each anchored position is kept, so a
 * trail re-chained from scratch still differs from an anchor taken before.
 */
function walkChain(db: Db, positions: ReadonlySet<number>): Walk {
  const rows = db.prepare<[], ChainRow>('SELECT * FROM audit_log ORDER BY id');
  const hashes = new Map<number, string>();
  let recomputed = GENESIS_HASH;
  let brokenAt: number | null = null;
  let checked = 0;
  let position = 0;
  for (const row of rows.iterate()) {
    position += 1;
    const hash = entryHash(recomputed, {
      id: row.id,
      at: row.at,
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
    });
    if (brokenAt === null) {
      if (row.prev_hash !== recomputed || row.hash !== hash || row.id !== position) brokenAt = row.id;
      else checked += 1;
    }
    if (positions.has(position)) hashes.set(position, hash);
    recomputed = hash;
  }
  return { total: position, checked, brokenAt, hashes };
}

function compare(
  walk: Walk,
  anchor: { count: number; headHash: string },
  matches: (hash: string) => boolean,
): AnchorCheck['status'] {
  if (anchor.count === 0) return 'ok';
  if (walk.total < anchor.count) return 'truncated';
  return matches(walk.hashes.get(anchor.count) ?? '') ? 'ok' : 'rewritten';
}

/** Newest first: by time, a restore before anything else taken in the same millisecond, then by count. */
const newestFirst = (a: FoundAnchor, b: FoundAnchor): number =>
  b.at.localeCompare(a.at) ||
  Number(b.source === 'restore') - Number(a.source === 'restore') ||
  b.count - a.count;

/**
 * A restore legitimately replaces the trail with the backup's; anchors taken before the newest restore
 * describe the abandoned history and are not compared.
 */
export function anchorsInForce(found: readonly FoundAnchor[]): FoundAnchor[] {
  const sorted = [...found].sort(newestFirst);
  const restore = sorted.findIndex((a) => a.source === 'restore');
  return restore === -1 ? sorted : sorted.slice(0, restore + 1);
}

/**
 * Checks the chain, then every anchor in force from the data folder and the anchor the practitioner
 * typed. An anchor holds when entry number `count`, recomputed, still has the anchored hash.
 */
export function verifyTrail(
  db: Db,
  found: readonly FoundAnchor[],
  typed: TypedAnchor | null,
): AuditVerification {
  const anchors = anchorsInForce(found);
  const positions = new Set(anchors.map((a) => a.count));
  if (typed) positions.add(typed.count);
  const walk = walkChain(db, positions);

  const foundChecks: AnchorCheck[] = anchors.map((a) => ({
    source: a.source,
    origin: a.origin,
    count: a.count,
    headHash: a.headHash,
    at: a.at,
    status: compare(walk, a, (hash) => hash === a.headHash),
    entriesNow: walk.total,
  }));
  // The oldest anchor that disagrees bounds when the trail was changed; otherwise the newest one.
  const disagreeing = foundChecks.filter((c) => c.status !== 'ok');
  const foundCheck = disagreeing.at(-1) ?? foundChecks[0] ?? null;
  const typedCheck: AnchorCheck | null = typed && {
    source: 'typed',
    origin: null,
    count: typed.count,
    headHash: typed.hashPrefix,
    at: null,
    status: compare(walk, { count: typed.count, headHash: typed.hashPrefix }, (hash) =>
      hash.startsWith(typed.hashPrefix),
    ),
    entriesNow: walk.total,
  };

  const status =
    walk.brokenAt !== null
      ? 'broken'
      : typedCheck && typedCheck.status !== 'ok'
        ? typedCheck.status
        : (foundCheck?.status ?? 'ok');
  return {
    ok: status === 'ok',
    status,
    checked: walk.checked,
    brokenAt: walk.brokenAt,
    anchorsCompared: foundChecks.length,
    found: foundCheck,
    typed: typedCheck,
  };
}
