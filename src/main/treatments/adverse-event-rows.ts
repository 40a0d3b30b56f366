import type { Db } from '../db/types';
import type { AdverseEventRecordPayload } from './stored-records';

/** An adverse event as it is inserted: the service's new records and the FHIR re-import's stored ones. */
export type AdverseEventInsert = Omit<AdverseEventRecordPayload, 'format' | 'sessionUid' | 'lots'> & {
  patientId: number;
  sessionId: number | null;
};

/** The one INSERT of an adverse event and of its link to a lot. */
export function createAdverseEventRows(db: Db) {
  const insert = db.prepare(`
    INSERT INTO adverse_events (uid, patient_id, session_id, type, onset_date, severity, description,
      action_taken, follow_up_json, resolved_date, created_at, updated_at)
    VALUES (@uid, @patientId, @sessionId, @type, @onsetDate, @severity, @description, @actionTaken,
      @followUpJson, @resolvedDate, @createdAt, @updatedAt)`);
  const linkLot = db.prepare(
    'INSERT OR IGNORE INTO adverse_event_lots (adverse_event_id, lot_id) VALUES (?, ?)',
  );
  return {
    /** Inserts the event; returns its id. */
    insert: (row: AdverseEventInsert): number => Number(insert.run(row).lastInsertRowid),
    linkLot: (eventId: number, lotId: number): void => {
      linkLot.run(eventId, lotId);
    },
  };
}
