import { call } from '../api/call';
import { idInput, patientInput } from '../kernel/record-inputs';
import * as s from './schema';

export const photosContract = {
  'photos.list': call(s.photoListSchema).returns<s.PhotoSummary[]>(),
  'photos.consent': call(patientInput).returns<s.PhotoConsentState>(),
  /** Decodes, re-encodes without metadata, encrypts and stores one file; refused without photo consent. */
  'photos.import': call(s.photoImportSchema).returns<s.PhotoSummary>(),
  'photos.thumbnail': call(idInput).returns<s.PhotoImage>(),
  /** The full image; opening it is audited. */
  'photos.image': call(idInput).returns<s.PhotoImage>(),
  /** Both full images of a comparison; audited as one comparison. */
  'photos.compare': call(s.photoPairSchema).returns<s.PhotoComparison>(),
  /** The comparison as a one-page PDF (dates, view, session n of N); audited as an export. */
  'photos.comparisonPdf': call(s.photoPairSchema).returns<s.PhotoComparisonPdf>(),
  /** Photos of patients who agreed to teaching or publicity use, under non-identifying names. */
  'photos.exportForUse': call(s.photoUseExportSchema).returns<s.PhotoUseExport>(),
  /** The session's standard views (from its charted areas), each with its photos or skip reason. */
  'photos.protocol': call(s.photoSessionSchema).returns<s.PhotoProtocol>(),
  /** A photo taken in error put away with a reason (an amendment when its session is signed). */
  'photos.archive': call(s.photoArchiveSchema).returns<s.PhotoSummary>(),
  /** An archived photo back in the gallery; the archive is kept and the restore recorded beside it. */
  'photos.restore': call(idInput).returns<s.PhotoSummary>(),
  /** A protocol view skipped on purpose, with the reason. */
  'photos.skipView': call(s.photoSkipSchema).returns<s.PhotoProtocol>(),
} as const;
