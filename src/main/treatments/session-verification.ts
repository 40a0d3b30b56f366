import type { ImportedFrom } from '../../shared/imports/provenance';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { SessionFields, SessionVerification } from '../../shared/treatments/schema';
import { AppError } from '../errors';
import { sha256Hex } from '../kernel/sha256';
import { signedVerification } from '../kernel/signed-verification';
import type { SessionRow, SignedSessionContent } from './session-rows';

/**
 * Checks a signed session: its stored text must be canonical, hash to the stored hash and still match
 * the locked rows it was signed from. A session brought in by re-import is never valid here; it is
 * compared with the hash the exporting clinic claimed.
 */
export function verifySignedSession(
  row: SessionRow,
  fields: SessionFields,
  imported: (ImportedFrom & { originalHash: string | null }) | null,
): SessionVerification {
  if (row.status !== 'signed' || !row.content_json || !row.content_hash) {
    throw new AppError('CONFLICT', 'errors.sessionNotSigned');
  }
  const content = JSON.parse(row.content_json) as SignedSessionContent;
  const { items: _items, ...rest } = fields;
  const rowsMatch =
    canonicalJson(rest) === canonicalJson(content.fields) &&
    canonicalJson(fields.items) ===
      canonicalJson(
        content.items.map((i) => ({
          zone: i.zone,
          productId: i.productId,
          lotId: i.lotId,
          volumeMl: i.volumeMl,
          quantityUsed: i.quantityUsed,
          dilution: i.dilution,
          expiredOverrideReason: i.expiredOverrideReason,
        })),
      );
  const dayCheckMatches =
    canonicalJson(content.dayCheck ?? null) ===
    canonicalJson(row.day_check_json ? JSON.parse(row.day_check_json) : null);
  const computedHash = sha256Hex(canonicalJson(content));
  const intact = rowsMatch && dayCheckMatches && canonicalJson(content) === row.content_json;
  return signedVerification(row.content_hash, computedHash, imported, intact);
}
