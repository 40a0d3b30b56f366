import { sha256Hex } from '../kernel/sha256';

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
  return sha256Hex(canonical);
}
