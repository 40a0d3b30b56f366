import { z } from 'zod';

/**
 * The state of the audit chain at one moment, kept outside the database (backup sidecars, exports,
 * the practitioner's notes): how many entries there were and the hash of the newest one.
 */
export interface AuditAnchor {
  count: number;
  /** SHA-256 (hex) of entry number `count`; 64 zeros for an empty trail. */
  headHash: string;
  /** When the anchor was taken (ISO-8601 UTC). */
  at: string;
}

export const auditAnchorSchema = z.object({
  count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
});

/** How many hex digits of the head hash the short, hand-copyable code carries (64 bits). */
export const SHORT_HASH_DIGITS = 16;

/** An anchor as text: `1234:3f9a-0c1e-5b7d-2a48` (short) or with the whole hash in groups of four. */
export function anchorCode(anchor: Pick<AuditAnchor, 'count' | 'headHash'>, full = false): string {
  const hex = full ? anchor.headHash : anchor.headHash.slice(0, SHORT_HASH_DIGITS);
  return `${anchor.count}:${hex.match(/.{1,4}/g)?.join('-') ?? ''}`;
}

/** An anchor typed back by the practitioner: the count and the start (16 to 64 digits) of the head hash. */
export interface TypedAnchor {
  count: number;
  hashPrefix: string;
}

const CODE = /^\s*(\d{1,15})\s*[:/#\s-]\s*([0-9a-fA-F][0-9a-fA-F\s-]*)$/;

/** Reads a code in the form `anchorCode` writes, forgiving case, spaces and dashes; null if not one. */
export function parseAnchorCode(text: string): TypedAnchor | null {
  const match = CODE.exec(text);
  if (!match) return null;
  const hashPrefix = (match[2] as string).replace(/[\s-]/g, '').toLowerCase();
  if (hashPrefix.length < SHORT_HASH_DIGITS || hashPrefix.length > 64) return null;
  const count = Number(match[1]);
  return Number.isSafeInteger(count) ? { count, hashPrefix } : null;
}

export const typedAnchorSchema = z
  .string()
  .max(200, { error: 'errors.tooLong' })
  .transform((text, ctx) => {
    const parsed = parseAnchorCode(text);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'errors.anchorFormat' });
      return z.NEVER;
    }
    return parsed;
  });

/** Where an anchor compared with the chain came from. */
export const ANCHOR_SOURCES = ['backup', 'export', 'restore', 'typed'] as const;
export type AnchorSource = (typeof ANCHOR_SOURCES)[number];

/**
 * ok: entry `count` still has the anchored hash. truncated: the trail has fewer entries than the anchor
 * counted. rewritten: entry `count` exists but its hash is not the anchored one.
 */
export type AnchorStatus = 'ok' | 'truncated' | 'rewritten';

export interface AnchorCheck {
  source: AnchorSource;
  /** The file the anchor was read from (name only); null for a typed anchor. */
  origin: string | null;
  count: number;
  /** The anchored hash, or the start of it for a typed anchor. */
  headHash: string;
  at: string | null;
  status: AnchorStatus;
  /** How many entries the trail has now. */
  entriesNow: number;
}
