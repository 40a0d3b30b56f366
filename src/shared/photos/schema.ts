import { z } from 'zod';
import type { AreaGroup } from '../documents/areas';
import type { PhotoConsentLevel } from '../documents/schema';
import { exportFolder } from '../exports/schema';
import type { ImportedFrom } from '../imports/provenance';
import { id, requiredText, text } from '../kernel/zod';

/** When in a course a photo was taken. */
export const PHOTO_MOMENTS = ['baseline', 'before', 'after', 'follow-up'] as const;
export type PhotoMoment = (typeof PHOTO_MOMENTS)[number];

/** The standard views of each area group: the same pose and framing every time makes photos comparable. */
export const PHOTO_VIEWS: Record<AreaGroup, readonly string[]> = {
  face: ['face-front', 'face-left-45', 'face-right-45', 'face-left-profile', 'face-right-profile'],
  'under-eye': ['under-eye-close-up'],
  scalp: [
    'scalp-vertex',
    'scalp-frontal-hairline',
    'scalp-left-temple',
    'scalp-right-temple',
    'scalp-parting',
  ],
  body: ['body-front', 'body-back', 'body-left', 'body-right'],
};
/** A photo outside the standard views (free capture or import): what it shows is said in its note. */
export const OTHER_PHOTO_VIEW = 'other';
export const ALL_PHOTO_VIEWS = [...Object.values(PHOTO_VIEWS).flat(), OTHER_PHOTO_VIEW] as readonly string[];

/** The English names of the views, printed on PDFs and used as the screens' English strings. */
export const PHOTO_VIEW_LABELS: Record<string, string> = {
  'face-front': 'Face, front',
  'face-left-45': 'Face, left 45°',
  'face-right-45': 'Face, right 45°',
  'face-left-profile': 'Face, left profile',
  'face-right-profile': 'Face, right profile',
  'under-eye-close-up': 'Under-eye close-up',
  'scalp-vertex': 'Scalp, vertex',
  'scalp-frontal-hairline': 'Scalp, frontal hairline',
  'scalp-left-temple': 'Scalp, left temple',
  'scalp-right-temple': 'Scalp, right temple',
  'scalp-parting': 'Scalp, parting close-up',
  'body-front': 'Body, front',
  'body-back': 'Body, back',
  'body-left': 'Body, left side',
  'body-right': 'Body, right side',
  other: 'Other view',
};

export const PHOTO_MOMENT_LABELS: Record<PhotoMoment, string> = {
  baseline: 'Baseline',
  before: 'Before',
  after: 'After',
  'follow-up': 'Follow-up',
};

/** The file types that can be imported, as the file picker offers them. */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';

/**
 * Limits of an imported file (README "Clinical photographs"). The file travels base64 inside one API
 * call: 18 MB of file stays under the browser bridge's 25 MB request limit.
 */
export const PHOTO_LIMITS = {
  fileBytes: 18 * 1024 * 1024,
  /** Decoded pixels: a 50-megapixel phone sensor passes, a decompression bomb does not. */
  pixels: 60_000_000,
  /** Longest edge kept; larger images are scaled down when stored. */
  storedEdge: 4096,
  thumbnailEdge: 320,
} as const;
export const MAX_PHOTO_BASE64_CHARS = Math.ceil(PHOTO_LIMITS.fileBytes / 3) * 4;

const view = z.enum(ALL_PHOTO_VIEWS as [string, ...string[]], { error: 'errors.choose' });

/** What a photo belongs to and shows; the same for an imported file and a camera capture. */
export const photoDetailsSchema = z.strictObject({
  patientId: id,
  courseId: id.nullable().default(null),
  sessionId: id.nullable().default(null),
  moment: z.enum(PHOTO_MOMENTS, { error: 'errors.choose' }),
  view,
  note: text(500).default(''),
});
export type PhotoDetails = z.output<typeof photoDetailsSchema>;

export const photoImportSchema = z.strictObject({
  details: photoDetailsSchema,
  /** The file name as chosen, for messages only: it is never stored. */
  fileName: z.string().max(255).default(''),
  /** The file's bytes, base64. */
  data: z
    .string({ error: 'errors.photoFile' })
    .min(1, { error: 'errors.photoFile' })
    .max(MAX_PHOTO_BASE64_CHARS, { error: 'errors.photoTooLarge' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'errors.photoFile' }),
  source: z.enum(['import', 'capture']).default('import'),
});

export const photoListSchema = z.strictObject({
  patientId: id,
  /** Also the photos archived as taken in error (hidden by default). */
  includeArchived: z.boolean().default(false),
});
/** A photo taken in error put away with the reason: kept, never deleted, hidden by default. */
export const photoArchiveSchema = z.strictObject({ id, reason: requiredText(500) });
export const photoSessionSchema = z.strictObject({ sessionId: id });
export const photoSkipSchema = z.strictObject({
  sessionId: id,
  view,
  reason: requiredText(500),
});

/** A session's photo protocol, step by step. */
export interface PhotoProtocol {
  sessionId: number;
  patientId: number;
  courseId: number;
  steps: {
    view: string;
    photoIds: number[];
    /** A before or baseline photo of this view was taken in the session. */
    beforeTaken: boolean;
    skipReason: string | null;
    /** The course's baseline photo of this view (else its earliest), for the ghost overlay. */
    baselineId: number | null;
  }[];
}

/** Uses beyond the clinical record that a photo consent can allow. */
export const PHOTO_USES = ['education', 'marketing'] as const;
export type PhotoUse = (typeof PHOTO_USES)[number];
export const photoUseExportSchema = z.strictObject({
  use: z.enum(PHOTO_USES, { error: 'errors.choose' }),
  /** Where the folder goes; empty: the data folder's exports. */
  folder: exportFolder.optional(),
});
export interface PhotoUseExport {
  folder: string;
  photos: number;
  cases: number;
}
export const photoPairSchema = z.strictObject({ firstId: id, secondId: id });

/** Two photos compared: the older first. */
export interface PhotoComparison {
  first: PhotoImage;
  second: PhotoImage;
}

/** The comparison printed as a one-page PDF, base64. */
export interface PhotoComparisonPdf {
  fileName: string;
  data: string;
}

export interface PhotoSummary {
  id: number;
  uid: string;
  patientId: number;
  courseId: number | null;
  sessionId: number | null;
  /** The session's number in its course once signed. */
  sessionSequence: number | null;
  moment: PhotoMoment;
  view: string;
  /** ISO instant the photo was taken: from the file's EXIF date, else when it was imported or captured. */
  takenAt: string;
  takenAtSource: 'exif' | 'import' | 'capture';
  source: 'import' | 'capture';
  note: string;
  width: number;
  height: number;
  /** Added to a session after it was signed: a dated amendment. */
  amendment: boolean;
  /** The photo consent in force when it was taken. */
  consentLevel: PhotoConsentLevel;
  createdAt: string;
  /** The course and session by their uids, as exports carry them. */
  courseUid: string | null;
  sessionUid: string | null;
  /** Brought in by a FHIR re-import: taken in another clinic, under a consent signed there. */
  importedFrom: ImportedFrom | null;
  /** Archived as taken in error, with the reason; `amendment`: its session was signed by then. */
  archived: PhotoArchive | null;
  /** Its encrypted files are not in the data folder (restore them from a backup). */
  fileMissing: boolean;
}

export interface PhotoArchive {
  reason: string;
  at: string;
  amendment: boolean;
}

/** A protocol view skipped on purpose, as the record and the exports show it. */
export interface PhotoSkipRecord {
  sessionId: number;
  sessionUid: string;
  /** The session's number in its course once signed. */
  sessionSequence: number | null;
  sessionDate: string;
  view: string;
  reason: string;
  createdAt: string;
}

/** The photo consent that applies now: the latest signed consent form not withdrawn, if any. */
export interface PhotoConsentState {
  level: PhotoConsentLevel | null;
  documentId: number | null;
}

export interface PhotoImage {
  id: number;
  mime: 'image/jpeg';
  /** base64 JPEG bytes, decrypted in memory for display; never written to disk. */
  data: string;
}
