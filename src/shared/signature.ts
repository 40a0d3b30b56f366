import { z } from 'zod';
import { requiredString } from './kernel/zod';

/** A PNG data URL of at most ~300 KB: plenty for a signature, refuses a smuggled photo. */
export const MAX_SIGNATURE_DATA_URL_CHARS = 400_000;

export const SIGNER_ROLES = ['patient', 'guardian', 'practitioner', 'witness'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

export const signatureImageSchema = z
  .string({ error: 'errors.signatureRequired' })
  .min(1, { error: 'errors.signatureRequired' })
  .max(MAX_SIGNATURE_DATA_URL_CHARS, { error: 'errors.signatureTooLarge' })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'errors.signatureImage' });

/** One signature as captured on screen: drawn with mouse/touch/pen, or typed from the keyboard. */
export const signatureSchema = z.strictObject({
  role: z.enum(SIGNER_ROLES),
  signerName: requiredString(200),
  method: z.enum(['drawn', 'typed']),
  imagePng: signatureImageSchema,
  /** When this signer signed on screen; main keeps it when it is not in the future, else uses now. */
  signedAt: z
    .string()
    .max(30, { error: 'errors.invalid' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { error: 'errors.invalid' })
    .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'errors.invalid' })
    .optional(),
});
export type SignatureInput = z.input<typeof signatureSchema>;
export type Signature = z.output<typeof signatureSchema>;

/** A stored signature as it comes back from main: with the time it was taken. */
export interface StoredSignature extends Omit<Signature, 'signedAt'> {
  signedAt: string;
}

/**
 * Each signer's own time: the moment they signed on screen, kept when it lies between `earliest` and
 * the signing request (a clock cannot put a signature in the future or before the record existed).
 */
export function signatureTime(signature: Signature, earliest: string, now: string): string {
  const at = signature.signedAt ? new Date(signature.signedAt).toISOString() : null;
  return at && at <= now && at >= earliest ? at : now;
}
