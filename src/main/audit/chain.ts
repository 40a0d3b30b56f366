import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
}

/** SHA-256 over the previous hash and the entry's fields, in a fixed unambiguous form. */
export function entryHash(prevHash: string, e: ChainedFields): string {
  const canonical = JSON.stringify([prevHash, e.id, e.at, e.actor, e.action, e.entity, e.entityId]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
