import type { DayCheck } from '../../shared/screening/day-check';
import type { SessionFields, SessionItem, SessionStatus } from '../../shared/treatments/schema';
import type { Db } from '../db/types';

/** A session as stored. */
export interface SessionRow {
  id: number;
  uid: string;
  patient_id: number;
  course_id: number;
  status: SessionStatus;
  performed_on: string;
  performed_time: string;
  fields_json: string;
  currency: string;
  sequence: number | null;
  content_json: string | null;
  content_hash: string | null;
  signed_at: string | null;
  version: number;
  day_check_json: string | null;
}

/** An item of a session as stored, in hundredths. */
export interface ItemRow {
  zone: string;
  product_id: number;
  lot_id: number | null;
  volume_c: number | null;
  quantity_c: number | null;
  dilution: string;
  expired_override_reason: string;
}

/** What a signed session's hash covers: everything charted, as it was when signed. */
export interface SignedSessionContent {
  format: 'mesodesk.session/1';
  uid: string;
  patientUid: string;
  courseId: number;
  indication: string;
  sequence: number;
  plannedSessions: number;
  fields: Omit<SessionFields, 'items'>;
  items: SessionItem[];
  /** The day-of-treatment check as answered; absent from sessions signed before it existed. */
  dayCheck?: DayCheck | null;
  currency: string;
  signedAt: string;
}

export interface SessionDraftRow {
  uid: string;
  patientId: number;
  courseId: number;
  performedOn: string;
  performedTime: string;
  fieldsJson: string;
  /** Only a re-imported session arrives with its day check. */
  dayCheckJson?: string | null;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export interface SessionItemRow {
  sessionId: number;
  position: number;
  zone: string;
  productId: number;
  lotId: number | null;
  volumeC: number | null;
  quantityC: number | null;
  dilution: string | null;
  expiredOverrideReason: string | null;
}

export interface SessionSignatureRow {
  id: number;
  /** Null only in a record the database refuses (a bundle that claims a signature without one). */
  sequence: number | null;
  contentJson: string | null;
  contentHash: string | null;
  signedAt: string | null;
  updatedAt: string;
}

/**
 * The rows of a treatment session as written, for the session service and the FHIR re-import alike:
 * a draft, its items, its signature (which locks it) and the amendments added after.
 */
export function createSessionRows(db: Db) {
  const insertDraft = db.prepare(`
    INSERT INTO sessions (uid, patient_id, course_id, status, performed_on, performed_time, fields_json,
      day_check_json, currency, created_at, updated_at)
    VALUES (@uid, @patientId, @courseId, 'draft', @performedOn, @performedTime, @fieldsJson, @dayCheckJson,
      @currency, @createdAt, @updatedAt)`);
  const insertItem = db.prepare(`
    INSERT INTO session_items (session_id, position, zone, product_id, lot_id, volume_c, quantity_c, dilution,
      expired_override_reason)
    VALUES (@sessionId, @position, @zone, @productId, @lotId, @volumeC, @quantityC, @dilution,
      @expiredOverrideReason)`);
  const markSigned = db.prepare(`
    UPDATE sessions SET status = 'signed', sequence = @sequence, content_json = @contentJson,
      content_hash = @contentHash, signed_at = @signedAt, updated_at = @updatedAt, version = version + 1
    WHERE id = @id AND status = 'draft'`);
  const insertAmendment = db.prepare(
    'INSERT INTO session_amendments (session_id, patient_id, text, created_at) VALUES (?, ?, ?, ?)',
  );

  return {
    insertDraft: (row: SessionDraftRow): number =>
      Number(insertDraft.run({ ...row, dayCheckJson: row.dayCheckJson ?? null }).lastInsertRowid),
    insertItem: (item: SessionItemRow): void => {
      insertItem.run(item);
    },
    /** Signs a draft; false when the session was not a draft (already signed, or gone). */
    markSigned: (signature: SessionSignatureRow): boolean => markSigned.run(signature).changes === 1,
    insertAmendment: (sessionId: number, patientId: number, text: string, createdAt: string): number =>
      Number(insertAmendment.run(sessionId, patientId, text, createdAt).lastInsertRowid),
  };
}
