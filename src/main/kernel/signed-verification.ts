import type { ImportedFrom, SignedStatus } from '../../shared/imports/provenance';

/** What checking a signed record found (the shape of IntakeVerification and SessionVerification). */
export interface SignedVerification {
  valid: boolean;
  status: SignedStatus;
  storedHash: string;
  computedHash: string;
  imported: (ImportedFrom & { originalHashMatches: boolean }) | null;
}

/**
 * The verdict on a signed record from its stored and recomputed hashes. `intact` is false when the
 * record no longer matches what was signed in other ways (its rows changed). An imported record is
 * never valid here: it is compared with the hash the exporting clinic claimed.
 */
export function signedVerification(
  storedHash: string,
  computedHash: string,
  imported: (ImportedFrom & { originalHash: string | null }) | null,
  intact = true,
): SignedVerification {
  if (imported) {
    const originalHashMatches = intact && computedHash === imported.originalHash;
    return {
      valid: false,
      status: 'imported',
      storedHash,
      computedHash,
      imported: { ...imported, originalHashMatches },
    };
  }
  const valid = intact && computedHash === storedHash;
  return { valid, status: valid ? 'verified' : 'altered', storedHash, computedHash, imported: null };
}
