import { z } from 'zod';
import { PHOTO_CONSENT_LEVELS } from '../../shared/documents/schema';
import {
  ALL_PHOTO_VIEWS,
  PHOTO_MOMENTS,
  type PhotoSkipRecord,
  type PhotoSummary,
} from '../../shared/photos/schema';

/**
 * A photo and a skipped protocol view exactly as stored, carried by our FHIR Media resources so a
 * re-import recreates them. What a bundle carries is never trusted: it is read back through these
 * schemas before anything is written.
 */
const uid = z.string().min(1).max(64);
const instant = z.iso.datetime({ offset: true });
const view = z.enum(ALL_PHOTO_VIEWS as [string, ...string[]]);

export const photoRecordPayloadSchema = z.object({
  format: z.literal('mesodesk.photo-record/1'),
  uid,
  courseUid: uid.nullable(),
  sessionUid: uid.nullable(),
  moment: z.enum(PHOTO_MOMENTS),
  view,
  takenAt: instant,
  takenAtSource: z.enum(['exif', 'import', 'capture']),
  source: z.enum(['import', 'capture']),
  note: z.string().max(500),
  amendment: z.boolean(),
  consentLevel: z.enum(PHOTO_CONSENT_LEVELS),
  createdAt: instant,
});
export type PhotoRecordPayload = z.output<typeof photoRecordPayloadSchema>;

export const photoSkipPayloadSchema = z.object({
  format: z.literal('mesodesk.photo-skip/1'),
  sessionUid: uid,
  view,
  reason: z.string().min(1).max(500),
  createdAt: instant,
});
export type PhotoSkipPayload = z.output<typeof photoSkipPayloadSchema>;

export const photoRecordPayload = (p: PhotoSummary): PhotoRecordPayload => ({
  format: 'mesodesk.photo-record/1',
  uid: p.uid,
  courseUid: p.courseUid,
  sessionUid: p.sessionUid,
  moment: p.moment,
  view: p.view,
  takenAt: p.takenAt,
  takenAtSource: p.takenAtSource,
  source: p.source,
  note: p.note,
  amendment: p.amendment,
  consentLevel: p.consentLevel,
  createdAt: p.createdAt,
});

export const photoSkipPayload = (k: PhotoSkipRecord): PhotoSkipPayload => ({
  format: 'mesodesk.photo-skip/1',
  sessionUid: k.sessionUid,
  view: k.view,
  reason: k.reason,
  createdAt: k.createdAt,
});
