import type { PhotoConsentLevel } from '../../shared/documents/schema';
import type { PhotoMoment, PhotoSummary } from '../../shared/photos/schema';

/** A row of `photos` joined with its session, course, import provenance and archive. */
export interface PhotoRow {
  id: number;
  uid: string;
  patient_id: number;
  course_id: number | null;
  session_id: number | null;
  session_sequence: number | null;
  moment: PhotoMoment;
  view: string;
  taken_at: string;
  taken_at_source: PhotoSummary['takenAtSource'];
  source: PhotoSummary['source'];
  note: string;
  width: number;
  height: number;
  image_file: string;
  thumb_file: string;
  amendment: 0 | 1;
  consent_level: PhotoConsentLevel;
  created_at: string;
  course_uid: string | null;
  session_uid: string | null;
  imported_source: string | null;
  imported_at: string | null;
  archive_reason: string | null;
  archived_at: string | null;
  archive_amendment: 0 | 1 | null;
}

export const PHOTO_SELECT = `SELECT p.*, s.sequence AS session_sequence, s.uid AS session_uid, c.uid AS course_uid,
    i.source AS imported_source, i.imported_at, a.reason AS archive_reason, a.archived_at,
    a.amendment AS archive_amendment
  FROM photos p
  LEFT JOIN sessions s ON s.id = p.session_id
  LEFT JOIN courses c ON c.id = p.course_id
  LEFT JOIN imported_records i ON i.record_kind = 'photo' AND i.record_id = p.id
  LEFT JOIN archived_photos a ON a.photo_id = p.id`;

export const toPhotoSummary = (r: PhotoRow): PhotoSummary => ({
  id: r.id,
  uid: r.uid,
  patientId: r.patient_id,
  courseId: r.course_id,
  sessionId: r.session_id,
  sessionSequence: r.session_sequence,
  moment: r.moment,
  view: r.view,
  takenAt: r.taken_at,
  takenAtSource: r.taken_at_source,
  source: r.source,
  note: r.note,
  width: r.width,
  height: r.height,
  amendment: r.amendment === 1,
  consentLevel: r.consent_level,
  createdAt: r.created_at,
  courseUid: r.course_uid,
  sessionUid: r.session_uid,
  importedFrom:
    r.imported_source !== null && r.imported_at !== null
      ? { source: r.imported_source, importedAt: r.imported_at, originalHash: null, originalSignedAt: null }
      : null,
  archived:
    r.archived_at !== null && r.archive_reason !== null
      ? { reason: r.archive_reason, at: r.archived_at, amendment: r.archive_amendment === 1 }
      : null,
  fileMissing: false,
});
