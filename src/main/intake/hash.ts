import type { Answers, IntakeContext, IntakeDefinition } from '../../shared/intake/types';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { StoredSignature } from '../../shared/signature';
import { sha256Hex } from '../kernel/sha256';

export interface HashedIntake {
  uid: string;
  patientUid: string;
  definition: IntakeDefinition;
  context: IntakeContext;
  answers: Answers;
  declaration: string;
  signedAt: string;
  signatures: { signature: StoredSignature; png: Buffer }[];
}

/**
 * The canonical form of a signed intake: everything the patient saw, answered and signed. Images enter
 * as the SHA-256 of their PNG bytes, so the hash does not depend on how the base64 text was written.
 */
export function canonicalIntake(intake: HashedIntake): string {
  return canonicalJson({
    format: 'mesodesk.intake/1',
    uid: intake.uid,
    patientUid: intake.patientUid,
    definition: intake.definition,
    context: intake.context,
    answers: intake.answers,
    declaration: intake.declaration,
    signedAt: intake.signedAt,
    signatures: intake.signatures.map(({ signature, png }) => ({
      role: signature.role,
      signerName: signature.signerName,
      method: signature.method,
      signedAt: signature.signedAt,
      imageSha256: sha256Hex(png),
    })),
  });
}

export const intakeHash = (intake: HashedIntake): string => sha256Hex(canonicalIntake(intake));
