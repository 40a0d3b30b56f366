import type { PhotoConsentLevel } from '../../shared/documents/schema';
import type { PhotoConsentState, PhotoDetails, PhotoImage, PhotoSummary } from '../../shared/photos/schema';
import { OTHER_PHOTO_VIEW } from '../../shared/photos/schema';
import { recordCallInTransaction } from '../audit/call-audit';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { cleanPhoto } from './decode';
import { createPhotoFiles } from './photo-files';
import { PHOTO_SELECT, type PhotoRow, toPhotoSummary } from './photo-rows';
import { createSessionPhotoProtocol } from './session-protocol';

export interface PhotoDeps {
  db: Db;
  now: () => Date;
  newId: () => string;
  /** The clinic's data folder; photos live in its `photos` folder. */
  dataDir: string;
}

/**
 * Clinical photographs: imported or captured images, cleaned (decode.ts), encrypted into the photo
 * folder (photo-files.ts) and described by a row of `photos`. No plaintext image ever reaches the disk:
 * reads decrypt into memory and travel to the page as base64.
 */
export function createPhotoService({ db, now, newId, dataDir }: PhotoDeps) {
  const files = createPhotoFiles({ db, now, dataDir });
  const sessionProtocol = createSessionPhotoProtocol({ db, now });
  const byId = db.prepare<[number], PhotoRow>(`${PHOTO_SELECT} WHERE p.id = ?`);
  const byPatient = db.prepare<[number, number], PhotoRow>(
    `${PHOTO_SELECT} WHERE p.patient_id = ? AND (? OR a.photo_id IS NULL) ORDER BY p.taken_at DESC, p.id DESC`,
  );
  const insertArchive = db.prepare(
    `INSERT INTO photo_archives (photo_id, patient_id, reason, amendment, archived_at)
     VALUES (@photoId, @patientId, @reason, @amendment, @at)`,
  );
  const archiveInForce = db
    .prepare<[number], number>('SELECT archive_id FROM archived_photos WHERE photo_id = ?')
    .pluck();
  const insertRestore = db.prepare(
    `INSERT INTO photo_restores (archive_id, photo_id, patient_id, amendment, restored_at)
     VALUES (@archiveId, @photoId, @patientId, @amendment, @at)`,
  );
  const sessionStatus = db.prepare<[number], string>('SELECT status FROM sessions WHERE id = ?').pluck();
  const consentRow = db.prepare<[number], { id: number; photo_consent: PhotoConsentLevel }>(
    `SELECT id, photo_consent FROM documents
     WHERE patient_id = ? AND kind = 'consent' AND photo_consent IS NOT NULL AND withdrawn_on IS NULL
     ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  const patientExists = db.prepare<[number], { id: number }>('SELECT id FROM patients WHERE id = ?');
  const courseOf = db.prepare<[number], { patient_id: number }>(
    'SELECT patient_id FROM courses WHERE id = ?',
  );
  const sessionOf = db.prepare<[number], { patient_id: number; course_id: number; status: string }>(
    'SELECT patient_id, course_id, status FROM sessions WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO photos (uid, patient_id, course_id, session_id, moment, view, taken_at, taken_at_source,
       source, note, width, height, image_file, image_bytes, thumb_file, thumb_bytes, amendment, consent_level,
       consent_document_id, created_at)
     VALUES (@uid, @patientId, @courseId, @sessionId, @moment, @view, @takenAt, @takenAtSource, @source,
       @note, @width, @height, @imageFile, @imageBytes, @thumbFile, @thumbBytes, @amendment,
       @consentLevel, @consentDocumentId, @createdAt)`,
  );
  const sessionPlaceOf = db.prepare<[number], { n: number | null; of: number | null }>(
    `SELECT s.sequence AS n, json_extract(c.plan_json, '$.plannedSessions') AS "of"
     FROM sessions s JOIN courses c ON c.id = s.course_id WHERE s.id = ?`,
  );

  function consent(patientId: number): PhotoConsentState {
    if (!patientExists.get(patientId)) throw notFound('patient');
    const row = consentRow.get(patientId);
    return { level: row?.photo_consent ?? null, documentId: row?.id ?? null };
  }

  /** Where the photo goes: the course and session must be the patient's; a signed session makes it an amendment. */
  function placement(details: PhotoDetails): { courseId: number | null; amendment: boolean } {
    let courseId = details.courseId;
    let amendment = false;
    if (details.sessionId !== null) {
      const session = sessionOf.get(details.sessionId);
      if (!session || session.patient_id !== details.patientId) throw notFound('session');
      if (courseId !== null && courseId !== session.course_id) {
        throw new AppError('VALIDATION', 'errors.validation', { courseId: 'errors.photoSessionCourse' });
      }
      courseId = session.course_id;
      amendment = session.status === 'signed';
    }
    if (courseId !== null && courseOf.get(courseId)?.patient_id !== details.patientId)
      throw notFound('course');
    return { courseId, amendment };
  }

  const store = db.transaction((row: Record<string, unknown>): number =>
    Number(insert.run(row).lastInsertRowid),
  );
  /** A photo taken or imported through the app: its row and the call's audit entry, one transaction. */
  const storeTaken = db.transaction((row: Record<string, unknown>): PhotoSummary => {
    const photo = get(store(row));
    recordCallInTransaction(photo);
    return photo;
  });

  /**
   * Puts a photo taken in error away with the reason. The photo row never changes: the archive is a
   * record of its own, an amendment when the photo's session is signed (or the photo was one).
   */
  const archiveInTransaction = db.transaction((id: number, reason: string): PhotoSummary => {
    const photo = get(id);
    if (photo.archived) throw new AppError('CONFLICT', 'errors.photoAlreadyArchived');
    insertArchive.run({
      photoId: id,
      patientId: photo.patientId,
      reason,
      amendment: isLocked(photo) ? 1 : 0,
      at: now().toISOString(),
    });
    return get(id);
  });

  /**
   * Brings an archived photo back into the gallery, comparisons and exports. The archive stays as it
   * was; the restore is a record of its own beside it (an amendment when the photo is locked).
   */
  const restoreInTransaction = db.transaction((id: number): PhotoSummary => {
    const photo = get(id);
    const archiveId = archiveInForce.get(id);
    if (!photo.archived || archiveId === undefined) throw new AppError('CONFLICT', 'errors.photoNotArchived');
    insertRestore.run({
      archiveId,
      photoId: id,
      patientId: photo.patientId,
      amendment: isLocked(photo) ? 1 : 0,
      at: now().toISOString(),
    });
    return get(id);
  });

  /** A photo of a signed session (or added to one as an amendment) never changes: what is done to it amends. */
  const isLocked = (photo: PhotoSummary) =>
    photo.amendment || (photo.sessionId !== null && sessionStatus.get(photo.sessionId) === 'signed');

  async function importPhoto(
    details: PhotoDetails,
    data: string,
    source: PhotoSummary['source'],
  ): Promise<PhotoSummary> {
    const given = consent(details.patientId);
    if (!given.level) throw new AppError('FORBIDDEN', 'errors.photoNoConsent');
    if (details.view === OTHER_PHOTO_VIEW && !details.note.trim()) {
      throw new AppError('VALIDATION', 'errors.validation', { note: 'errors.photoOtherNeedsNote' });
    }
    const { courseId, amendment } = placement(details);
    const at = now();
    const clean = await cleanPhoto(Buffer.from(data, 'base64'), at);
    const { imageFile, imageBytes, thumbFile, thumbBytes } = files.seal(clean.image, clean.thumbnail);
    try {
      return storeTaken({
        uid: newId(),
        patientId: details.patientId,
        courseId,
        sessionId: details.sessionId,
        moment: details.moment,
        view: details.view,
        takenAt: source === 'import' && clean.takenAt ? clean.takenAt : at.toISOString(),
        takenAtSource: source === 'capture' ? 'capture' : clean.takenAt ? 'exif' : 'import',
        source,
        note: details.note,
        width: clean.width,
        height: clean.height,
        imageFile,
        imageBytes,
        thumbFile,
        thumbBytes,
        amendment: amendment ? 1 : 0,
        consentLevel: given.level,
        consentDocumentId: given.documentId,
        createdAt: at.toISOString(),
      });
    } catch (error) {
      files.removeFiles([imageFile, thumbFile]);
      throw error;
    }
  }

  function get(id: number): PhotoSummary {
    const row = byId.get(id);
    if (!row) throw notFound('photo');
    return toPhotoSummary(row);
  }

  function bytesOf(id: number, which: 'image_file' | 'thumb_file'): Buffer {
    const row = byId.get(id);
    if (!row) throw notFound('photo');
    return files.read(row[which]);
  }

  const asImage = (id: number, bytes: Buffer): PhotoImage => ({
    id,
    mime: 'image/jpeg',
    data: bytes.toString('base64'),
  });

  return {
    folder: files.folder,
    ...sessionProtocol,
    consent,
    import: importPhoto,
    get,
    /** "Session n of N" for a photo of a session (a draft session has no number yet). */
    sessionPlace(photo: PhotoSummary): { n: number; of: number } | null {
      const place = photo.sessionId === null ? undefined : sessionPlaceOf.get(photo.sessionId);
      return place?.n && place.of ? { n: place.n, of: place.of } : null;
    },
    seal: files.seal,
    /** Inserts a photo row whose files are sealed already (a FHIR re-import); returns its id. */
    insertRow: (row: Record<string, unknown>): number => store(row),
    archive: (id: number, reason: string): PhotoSummary => archiveInTransaction(id, reason),
    restore: (id: number): PhotoSummary => restoreInTransaction(id),
    /** The patient's photos, newest first, each saying whether its files are in the data folder. */
    list: (patientId: number, includeArchived = false): PhotoSummary[] =>
      byPatient
        .all(patientId, includeArchived ? 1 : 0)
        .map((r) => ({ ...toPhotoSummary(r), fileMissing: files.missing(r) })),
    /** The decrypted JPEG of the full image, in memory. */
    imageBytes: (id: number): Buffer => bytesOf(id, 'image_file'),
    thumbnailBytes: (id: number): Buffer => bytesOf(id, 'thumb_file'),
    image: (id: number): PhotoImage => asImage(id, bytesOf(id, 'image_file')),
    thumbnail: (id: number): PhotoImage => asImage(id, bytesOf(id, 'thumb_file')),
    filesOf: files.filesOf,
    referencedFiles: files.referencedFiles,
    removeFiles: files.removeFiles,
    queueRemoval: files.queueRemoval,
    removeQueued: files.removeQueued,
    checkFiles: files.checkFiles,
  };
}

export type PhotoService = ReturnType<typeof createPhotoService>;
