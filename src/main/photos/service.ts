import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PhotoConsentLevel } from '../../shared/documents/schema';
import { protocolViews } from '../../shared/photos/protocol';
import type {
  PhotoConsentState,
  PhotoDetails,
  PhotoImage,
  PhotoMoment,
  PhotoProtocol,
  PhotoSkipRecord,
  PhotoSummary,
} from '../../shared/photos/schema';
import { OTHER_PHOTO_VIEW } from '../../shared/photos/schema';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import { cleanPhoto } from './decode';
import {
  decryptPhoto,
  encryptPhoto,
  isPhotoFileName,
  PhotoFileError,
  photosFolder,
  readSealedFile,
  sealedFileIsWhole,
  writeSealedFile,
} from './file-store';

interface PhotoRow {
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

const SELECT = `SELECT p.*, s.sequence AS session_sequence, s.uid AS session_uid, c.uid AS course_uid,
    i.source AS imported_source, i.imported_at, a.reason AS archive_reason, a.archived_at,
    a.amendment AS archive_amendment
  FROM photos p
  LEFT JOIN sessions s ON s.id = p.session_id
  LEFT JOIN courses c ON c.id = p.course_id
  LEFT JOIN imported_records i ON i.record_kind = 'photo' AND i.record_id = p.id
  LEFT JOIN photo_archives a ON a.photo_id = p.id`;

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

/** An image and its thumbnail encrypted into the photo folder. */
export interface SealedPhoto {
  imageFile: string;
  imageBytes: number;
  thumbFile: string;
  thumbBytes: number;
}

export interface PhotoDeps {
  db: Db;
  now: () => Date;
  newId: () => string;
  /** The clinic's data folder; photos live in its `photos` folder. */
  dataDir: string;
}

/** What the startup check found wrong with the photo files (names only, no patient data). */
export interface PhotoFileCheck {
  checked: number;
  missing: string[];
  damaged: string[];
}

/**
 * Clinical photographs: imported or captured images, cleaned (decode.ts), encrypted into the photo
 * folder (file-store.ts) and described by a row of `photos`. No plaintext image ever reaches the disk:
 * reads decrypt into memory and travel to the page as base64.
 */
export function createPhotoService({ db, now, newId, dataDir }: PhotoDeps) {
  const folder = photosFolder(dataDir);
  const keyRow = db.prepare<[], { key: Buffer }>('SELECT key FROM photo_store_key WHERE id = 1');
  const insertKey = db.prepare(
    'INSERT OR IGNORE INTO photo_store_key (id, key, created_at) VALUES (1, ?, ?)',
  );
  const byId = db.prepare<[number], PhotoRow>(`${SELECT} WHERE p.id = ?`);
  const fileMissing = (r: PhotoRow) =>
    !fs.existsSync(path.join(folder, r.image_file)) || !fs.existsSync(path.join(folder, r.thumb_file));
  const byPatient = db.prepare<[number, number], PhotoRow>(
    `${SELECT} WHERE p.patient_id = ? AND (? OR a.photo_id IS NULL) ORDER BY p.taken_at DESC, p.id DESC`,
  );
  const insertArchive = db.prepare(
    `INSERT INTO photo_archives (photo_id, patient_id, reason, amendment, archived_at)
     VALUES (@photoId, @patientId, @reason, @amendment, @at)`,
  );
  const sessionStatus = db.prepare<[number], string>('SELECT status FROM sessions WHERE id = ?').pluck();
  const skipsOfPatient = db.prepare<
    [number],
    {
      session_id: number;
      session_uid: string;
      sequence: number | null;
      performed_on: string;
      view: string;
      reason: string;
      created_at: string;
    }
  >(
    `SELECT k.session_id, s.uid AS session_uid, s.sequence, s.performed_on, k.view, k.reason, k.created_at
     FROM photo_skips k JOIN sessions s ON s.id = k.session_id
     WHERE s.patient_id = ? ORDER BY s.performed_on, s.id, k.view`,
  );
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
  const sessionRow = db.prepare<[number], { patient_id: number; course_id: number; areas: string | null }>(
    `SELECT patient_id, course_id, json_extract(fields_json, '$.areas') AS areas FROM sessions WHERE id = ?`,
  );
  const sessionPhotos = db.prepare<[number], { id: number; view: string; moment: PhotoMoment }>(
    `SELECT id, view, moment FROM photos
     WHERE session_id = ? AND id NOT IN (SELECT photo_id FROM photo_archives) ORDER BY taken_at, id`,
  );
  const skipsOf = db.prepare<[number], { view: string; reason: string }>(
    'SELECT view, reason FROM photo_skips WHERE session_id = ?',
  );
  const insertSkip = db.prepare(
    `INSERT INTO photo_skips (session_id, view, reason, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, view) DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at`,
  );
  const baselineOf = db.prepare<[number, string], { id: number }>(
    `SELECT id FROM photos WHERE course_id = ? AND view = ? AND id NOT IN (SELECT photo_id FROM photo_archives)
     ORDER BY (moment = 'baseline') DESC, taken_at, id LIMIT 1`,
  );
  const allFiles = db.prepare<[], { image_file: string; thumb_file: string }>(
    'SELECT image_file, thumb_file FROM photos',
  );
  const filesOfPatient = db.prepare<[number], { image_file: string; thumb_file: string }>(
    'SELECT image_file, thumb_file FROM photos WHERE patient_id = ?',
  );

  /** The photo key, made on first use inside the encrypted database. */
  const key = db.transaction((): Buffer => {
    const found = keyRow.get();
    if (found) return found.key;
    insertKey.run(crypto.randomBytes(32), now().toISOString());
    return (keyRow.get() as { key: Buffer }).key;
  });

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

  /** Encrypts an image and its thumbnail into the photo folder: their file names and sizes. */
  function seal(image: Buffer, thumbnail: Buffer): SealedPhoto {
    const photoKey = key();
    const sealedImage = encryptPhoto(image, photoKey);
    const sealedThumb = encryptPhoto(thumbnail, photoKey);
    return {
      imageFile: writeSealedFile(folder, sealedImage),
      imageBytes: sealedImage.length,
      thumbFile: writeSealedFile(folder, sealedThumb),
      thumbBytes: sealedThumb.length,
    };
  }

  /**
   * Puts a photo taken in error away with the reason. The photo row never changes: the archive is a
   * record of its own, an amendment when the photo's session is signed (or the photo was one).
   */
  const archiveInTransaction = db.transaction((id: number, reason: string): PhotoSummary => {
    const photo = get(id);
    if (photo.archived) throw new AppError('CONFLICT', 'errors.photoAlreadyArchived');
    const locked =
      photo.amendment || (photo.sessionId !== null && sessionStatus.get(photo.sessionId) === 'signed');
    insertArchive.run({
      photoId: id,
      patientId: photo.patientId,
      reason,
      amendment: locked ? 1 : 0,
      at: now().toISOString(),
    });
    return get(id);
  });

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
    const { imageFile, imageBytes, thumbFile, thumbBytes } = seal(clean.image, clean.thumbnail);
    let id: number;
    try {
      id = store({
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
      removeFiles([imageFile, thumbFile]);
      throw error;
    }
    return get(id);
  }

  function get(id: number): PhotoSummary {
    const row = byId.get(id);
    if (!row) throw notFound('photo');
    return toPhotoSummary(row);
  }

  function bytesOf(id: number, which: 'image_file' | 'thumb_file'): Buffer {
    const row = byId.get(id);
    if (!row) throw notFound('photo');
    try {
      return decryptPhoto(readSealedFile(folder, row[which]), key());
    } catch (error) {
      if (error instanceof PhotoFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('CONFLICT', 'errors.photoFileDamaged');
      }
      throw error;
    }
  }

  const asImage = (id: number, bytes: Buffer): PhotoImage => ({
    id,
    mime: 'image/jpeg',
    data: bytes.toString('base64'),
  });

  function removeFiles(names: readonly string[]): void {
    for (const name of names) {
      if (isPhotoFileName(name)) fs.rmSync(path.join(folder, name), { force: true });
    }
  }

  function sessionOrThrow(sessionId: number) {
    const row = sessionRow.get(sessionId);
    if (!row) throw notFound('session');
    return { ...row, areas: row.areas ? (JSON.parse(row.areas) as string[]) : [] };
  }

  /** The session's photo protocol: each view with its photos, its skip reason and the course's baseline. */
  function protocol(sessionId: number): PhotoProtocol {
    const session = sessionOrThrow(sessionId);
    const photos = sessionPhotos.all(sessionId);
    const skips = new Map(skipsOf.all(sessionId).map((s) => [s.view, s.reason]));
    return {
      sessionId,
      patientId: session.patient_id,
      courseId: session.course_id,
      steps: protocolViews(session.areas).map((view) => ({
        view,
        photoIds: photos.filter((p) => p.view === view).map((p) => p.id),
        beforeTaken: photos.some(
          (p) => p.view === view && (p.moment === 'before' || p.moment === 'baseline'),
        ),
        skipReason: skips.get(view) ?? null,
        baselineId: baselineOf.get(session.course_id, view)?.id ?? null,
      })),
    };
  }

  /**
   * Views the charted areas call for with neither a before (or baseline) photo nor a skip reason; for a
   * chart not saved yet (no session), every view.
   */
  const missingBeforeViews = (sessionId: number | null, areas: readonly string[]): string[] => {
    const done = new Set(
      sessionId === null
        ? []
        : protocol(sessionId)
            .steps.filter((s) => s.beforeTaken || s.skipReason !== null)
            .map((s) => s.view),
    );
    return protocolViews(areas).filter((view) => !done.has(view));
  };

  const skipInTransaction = db.transaction(
    (sessionId: number, view: string, reason: string): PhotoProtocol => {
      const { steps } = protocol(sessionId);
      if (!steps.some((s) => s.view === view)) {
        throw new AppError('VALIDATION', 'errors.validation', { view: 'errors.photoViewNotInProtocol' });
      }
      insertSkip.run(sessionId, view, reason, now().toISOString());
      return protocol(sessionId);
    },
  );

  return {
    folder,
    protocol,
    missingBeforeViews,
    skip: (sessionId: number, view: string, reason: string): PhotoProtocol =>
      skipInTransaction(sessionId, view, reason),
    consent,
    import: importPhoto,
    get,
    /** "Session n of N" for a photo of a session (a draft session has no number yet). */
    sessionPlace(photo: PhotoSummary): { n: number; of: number } | null {
      const place = photo.sessionId === null ? undefined : sessionPlaceOf.get(photo.sessionId);
      return place?.n && place.of ? { n: place.n, of: place.of } : null;
    },
    /** The patient's photos, newest first, each saying whether its files are in the data folder. */
    seal,
    /** Inserts a photo row whose files are sealed already (a FHIR re-import); returns its id. */
    insertRow: (row: Record<string, unknown>): number => store(row),
    archive: (id: number, reason: string): PhotoSummary => archiveInTransaction(id, reason),
    /** The protocol views the patient's sessions skipped, with their reasons, oldest session first. */
    skipsOf: (patientId: number): PhotoSkipRecord[] =>
      skipsOfPatient.all(patientId).map((k) => ({
        sessionId: k.session_id,
        sessionUid: k.session_uid,
        sessionSequence: k.sequence,
        sessionDate: k.performed_on,
        view: k.view,
        reason: k.reason,
        createdAt: k.created_at,
      })),
    list: (patientId: number, includeArchived = false): PhotoSummary[] =>
      byPatient
        .all(patientId, includeArchived ? 1 : 0)
        .map((r) => ({ ...toPhotoSummary(r), fileMissing: fileMissing(r) })),
    /** The decrypted JPEG of the full image, in memory. */
    imageBytes: (id: number): Buffer => bytesOf(id, 'image_file'),
    thumbnailBytes: (id: number): Buffer => bytesOf(id, 'thumb_file'),
    image: (id: number): PhotoImage => asImage(id, bytesOf(id, 'image_file')),
    thumbnail: (id: number): PhotoImage => asImage(id, bytesOf(id, 'thumb_file')),
    /** The files of a patient's photos, read before an erasure so they can be removed after it. */
    filesOf: (patientId: number): string[] =>
      filesOfPatient.all(patientId).flatMap((r) => [r.image_file, r.thumb_file]),
    /** Every file the database refers to. */
    referencedFiles: (): string[] => allFiles.all().flatMap((r) => [r.image_file, r.thumb_file]),
    removeFiles,
    /**
     * Every file a photo row names is there and whole (its bytes still hash to its name). Reading 2 GB
     * takes seconds, so `full: false` checks presence and size only.
     */
    checkFiles(full: boolean): PhotoFileCheck {
      const names = allFiles.all().flatMap((r) => [r.image_file, r.thumb_file]);
      const missing: string[] = [];
      const damaged: string[] = [];
      for (const name of names) {
        const file = path.join(folder, name);
        if (!fs.existsSync(file)) missing.push(name);
        else if (full && !sealedFileIsWhole(folder, name)) damaged.push(name);
      }
      return { checked: names.length, missing, damaged };
    },
  };
}

export type PhotoService = ReturnType<typeof createPhotoService>;
