import { protocolViews } from '../../shared/photos/protocol';
import type { PhotoMoment, PhotoProtocol, PhotoSkipRecord } from '../../shared/photos/schema';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';

/**
 * A session's photo protocol: the views its charted areas call for, the photos taken of each, the
 * reasons a view was skipped and the course's baseline to compare with.
 */
export function createSessionPhotoProtocol({ db, now }: { db: Db; now: () => Date }) {
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
  const sessionRow = db.prepare<[number], { patient_id: number; course_id: number; areas: string | null }>(
    `SELECT patient_id, course_id, json_extract(fields_json, '$.areas') AS areas FROM sessions WHERE id = ?`,
  );
  const sessionPhotos = db.prepare<[number], { id: number; view: string; moment: PhotoMoment }>(
    `SELECT id, view, moment FROM photos
     WHERE session_id = ? AND id NOT IN (SELECT photo_id FROM archived_photos) ORDER BY taken_at, id`,
  );
  const skipsOf = db.prepare<[number], { view: string; reason: string }>(
    'SELECT view, reason FROM photo_skips WHERE session_id = ?',
  );
  const insertSkip = db.prepare(
    `INSERT INTO photo_skips (session_id, view, reason, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, view) DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at`,
  );
  const baselineOf = db.prepare<[number, string], { id: number }>(
    `SELECT id FROM photos WHERE course_id = ? AND view = ? AND id NOT IN (SELECT photo_id FROM archived_photos)
     ORDER BY (moment = 'baseline') DESC, taken_at, id LIMIT 1`,
  );

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
    protocol,
    missingBeforeViews,
    skip: (sessionId: number, view: string, reason: string): PhotoProtocol =>
      skipInTransaction(sessionId, view, reason),
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
  };
}
