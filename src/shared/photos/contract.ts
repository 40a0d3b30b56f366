import { call } from '../api/call';
import {
  type PhotoComparison,
  type PhotoComparisonPdf,
  type PhotoConsentState,
  type PhotoImage,
  type PhotoProtocol,
  type PhotoSummary,
  type PhotoUseExport,
  photoIdSchema,
  photoImportSchema,
  photoPairSchema,
  photoPatientSchema,
  photoSessionSchema,
  photoSkipSchema,
  photoUseExportSchema,
} from './schema';

export const photosContract = {
  'photos.list': call<typeof photoPatientSchema, PhotoSummary[]>(photoPatientSchema),
  'photos.consent': call<typeof photoPatientSchema, PhotoConsentState>(photoPatientSchema),
  /** Decodes, re-encodes without metadata, encrypts and stores one file; refused without photo consent. */
  'photos.import': call<typeof photoImportSchema, PhotoSummary>(photoImportSchema),
  'photos.thumbnail': call<typeof photoIdSchema, PhotoImage>(photoIdSchema),
  /** The full image; opening it is audited. */
  'photos.image': call<typeof photoIdSchema, PhotoImage>(photoIdSchema),
  /** Both full images of a comparison; audited as one comparison. */
  'photos.compare': call<typeof photoPairSchema, PhotoComparison>(photoPairSchema),
  /** The comparison as a one-page PDF (dates, view, session n of N); audited as an export. */
  'photos.comparisonPdf': call<typeof photoPairSchema, PhotoComparisonPdf>(photoPairSchema),
  /** Photos of patients who agreed to teaching or publicity use, under non-identifying names. */
  'photos.exportForUse': call<typeof photoUseExportSchema, PhotoUseExport>(photoUseExportSchema),
  /** The session's standard views (from its charted areas), each with its photos or skip reason. */
  'photos.protocol': call<typeof photoSessionSchema, PhotoProtocol>(photoSessionSchema),
  /** A protocol view skipped on purpose, with the reason. */
  'photos.skipView': call<typeof photoSkipSchema, PhotoProtocol>(photoSkipSchema),
} as const;
