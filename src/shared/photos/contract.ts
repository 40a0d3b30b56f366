import { call } from '../api/call';
import {
  type PhotoConsentState,
  type PhotoImage,
  type PhotoSummary,
  photoIdSchema,
  photoImportSchema,
  photoPatientSchema,
} from './schema';

export const photosContract = {
  'photos.list': call<typeof photoPatientSchema, PhotoSummary[]>(photoPatientSchema),
  'photos.consent': call<typeof photoPatientSchema, PhotoConsentState>(photoPatientSchema),
  /** Decodes, re-encodes without metadata, encrypts and stores one file; refused without photo consent. */
  'photos.import': call<typeof photoImportSchema, PhotoSummary>(photoImportSchema),
  'photos.thumbnail': call<typeof photoIdSchema, PhotoImage>(photoIdSchema),
  /** The full image; opening it is audited. */
  'photos.image': call<typeof photoIdSchema, PhotoImage>(photoIdSchema),
} as const;
