import { z } from 'zod';
import { id, isoDate, optionalIsoDate, requiredString, shortText } from '../kernel/zod';
import type { Language } from '../language/languages';
import { type StoredSignature, signatureSchema } from '../signature';
import type { DocumentKind } from './template-schema';

export const productSchema = z.strictObject({
  name: requiredString(200),
  lot: shortText(60),
  expiry: optionalIsoDate,
});
export type Product = z.output<typeof productSchema>;

/**
 * What personalises a document: typed on the form for a standalone document; a treatment session
 * supplies the same object when one exists.
 */
export const documentDetailsSchema = z.strictObject({
  treatmentDate: isoDate,
  areas: z.array(z.string().trim().min(1).max(100, { error: 'errors.tooLong' })).max(30),
  products: z.array(productSchema).max(20),
  plannedSessions: shortText(200),
  nextAppointment: shortText(200),
});
export type DocumentDetailsInput = z.input<typeof documentDetailsSchema>;
export type DocumentDetails = z.output<typeof documentDetailsSchema>;

export const PHOTO_CONSENT_LEVELS = ['clinical', 'education', 'marketing'] as const;
export type PhotoConsentLevel = (typeof PHOTO_CONSENT_LEVELS)[number];

export const documentPreviewSchema = z.strictObject({
  patientId: id,
  templateId: id,
  details: documentDetailsSchema,
});

export const consentSignSchema = z
  .strictObject({
    patientId: id,
    /** The exact template version the patient read on screen. */
    templateId: id,
    details: documentDetailsSchema,
    /** One tick per declaration, in order: all must be true. */
    acknowledged: z.array(z.boolean()).max(20),
    photoConsent: z.enum(PHOTO_CONSENT_LEVELS, { error: 'errors.choose' }),
    signatures: z.array(signatureSchema).min(1).max(4),
  })
  .superRefine((value, ctx) => {
    const roles = value.signatures.map((s) => s.role);
    if (new Set(roles).size !== roles.length) {
      ctx.addIssue({ code: 'custom', path: ['signatures'], message: 'errors.duplicateSigner' });
    }
    if (!roles.includes('patient') && !roles.includes('guardian')) {
      ctx.addIssue({ code: 'custom', path: ['signatures', 'patient'], message: 'errors.signatureRequired' });
    }
    if (roles.includes('patient') && roles.includes('guardian')) {
      ctx.addIssue({ code: 'custom', path: ['signatures'], message: 'errors.duplicateSigner' });
    }
    if (!roles.includes('practitioner')) {
      ctx.addIssue({
        code: 'custom',
        path: ['signatures', 'practitioner'],
        message: 'errors.signatureRequired',
      });
    }
  });
export type ConsentSignInput = z.input<typeof consentSignSchema>;
export type ConsentSign = z.output<typeof consentSignSchema>;

export const aftercareGiveSchema = z.strictObject({
  patientId: id,
  templateId: id,
  details: documentDetailsSchema,
});

export const documentWithdrawSchema = z.strictObject({
  id,
  date: isoDate,
  reason: requiredString(1000),
});

/** A rendered paragraph or bullet list. */
export type Block = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

export interface RenderedSection {
  heading: string;
  blocks: Block[];
}

/** The text of a template with every merge field filled: what the patient reads and signs. */
export interface RenderedContent {
  title: string;
  intro: Block[];
  sections: RenderedSection[];
  declarations: string[];
  photoConsent: Block[];
}

export interface ClinicSnapshot {
  name: string;
  address: string;
  phone: string;
  email: string;
  practitionerName: string;
  practitionerQualifications: string;
  practitionerRegistration: string;
  emergencyContactLine: string;
  logoHash: string | null;
}

/**
 * Everything a document's PDF is drawn from, frozen when the document is signed or given. The PDF is
 * a pure function of this snapshot, the signatures and the logo it names, so it can be rebuilt later
 * byte for byte.
 */
export interface DocumentSnapshot {
  kind: DocumentKind;
  template: { key: string; version: number };
  paperSize: 'A4' | 'LETTER';
  dateFormat: 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'YYYY-MM-DD';
  clinic: ClinicSnapshot;
  patient: { name: string; dateOfBirth: string; number: string };
  /** The document date as printed (in the clinic's date format). */
  dateText: string;
  details: DocumentDetails;
  content: RenderedContent;
  photoConsent: PhotoConsentLevel | null;
  /** The language the patient read and signed it in; absent (English) for documents from before. */
  language?: Language;
}

export interface DocumentSummary {
  id: number;
  uid: string;
  patientId: number;
  kind: DocumentKind;
  title: string;
  templateKey: string;
  templateVersion: number;
  createdAt: string;
  sha256: string;
  photoConsent: PhotoConsentLevel | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}

export interface DocumentRecord extends DocumentSummary {
  snapshot: DocumentSnapshot;
  signatures: StoredSignature[];
  /** Whether the stored content still hashes to the recorded SHA-256 (checked on every read). */
  intact: boolean;
}

export interface DocumentPreview {
  templateId: number;
  /** The template's language: the patient's, for what they read and tick. */
  language: Language;
  content: RenderedContent;
}

export interface DocumentPdf {
  fileName: string;
  base64: string;
}

/** A regeneration with today's layout compared with the PDF kept at signing (which is what reprints). */
export interface DocumentPdfCheck {
  storedSha256: string;
  /** The kept bytes still hash to the SHA-256 stored with them. */
  storedIntact: boolean;
  regeneratedSha256: string;
  /** Today's layout draws the very same file; false means the layout has changed since signing. */
  identical: boolean;
}

export interface SaveOutcome {
  saved: boolean;
  path: string | null;
}
