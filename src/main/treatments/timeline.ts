import type { TimelineEntry, TimelineKind, TimelinePage } from '../../shared/treatments/schema';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import { createPatientRepository } from '../patients/repository';

/**
 * One patient's record, newest first: intakes, sessions, amendments, adverse events and documents.
 * Each branch reads its table through an index on patient_id. Sessions and adverse events carry a
 * clinical date (and time); when it is the day the record was written, the record's own instant
 * orders it among that day's entries, otherwise the clinical date does. A record brought in by FHIR
 * re-import carries its source and import time (imported_records, by primary key).
 */
export const TIMELINE_SQL = `
  SELECT kind, id, at, detail, parent_id, sequence,
    (SELECT r.source FROM imported_records r WHERE r.record_kind = kind AND r.record_id = id) AS imported_source,
    (SELECT r.imported_at FROM imported_records r WHERE r.record_kind = kind AND r.record_id = id) AS imported_at
  FROM (
    SELECT 'intake' AS kind, id, COALESCE(signed_at, created_at) AS at,
      COALESCE(signed_at, created_at) AS sort_at, status AS detail, NULL AS parent_id, NULL AS sequence
    FROM intakes WHERE patient_id = @patientId
    UNION ALL
    SELECT 'session', id, performed_on || 'T' || performed_time,
      CASE WHEN substr(COALESCE(signed_at, updated_at), 1, 10) = performed_on
        THEN COALESCE(signed_at, updated_at) ELSE performed_on || 'T' || performed_time || ':00.000Z' END,
      status, course_id, sequence
    FROM sessions WHERE patient_id = @patientId
    UNION ALL
    SELECT 'amendment', id, created_at, created_at, '', session_id, NULL
    FROM session_amendments WHERE patient_id = @patientId
    UNION ALL
    SELECT 'adverse-event', id, onset_date,
      CASE WHEN substr(created_at, 1, 10) = onset_date THEN created_at ELSE onset_date || 'T12:00:00.000Z' END,
      type, session_id, NULL
    FROM adverse_events WHERE patient_id = @patientId
    UNION ALL
    SELECT 'document', id, created_at, created_at, kind, NULL, NULL FROM documents WHERE patient_id = @patientId
  )
  ORDER BY sort_at DESC, id DESC
  LIMIT @limit OFFSET @offset`;

export const TIMELINE_COUNT_SQL = `
  SELECT (SELECT count(*) FROM intakes WHERE patient_id = @patientId)
    + (SELECT count(*) FROM sessions WHERE patient_id = @patientId)
    + (SELECT count(*) FROM session_amendments WHERE patient_id = @patientId)
    + (SELECT count(*) FROM adverse_events WHERE patient_id = @patientId)
    + (SELECT count(*) FROM documents WHERE patient_id = @patientId)`;

interface Row {
  kind: TimelineKind;
  id: number;
  at: string;
  detail: string;
  parent_id: number | null;
  sequence: number | null;
  imported_source: string | null;
  imported_at: string | null;
}

export function createTimelineService(db: Db) {
  const patients = createPatientRepository(db);
  const page = db.prepare<[{ patientId: number; limit: number; offset: number }], Row>(TIMELINE_SQL);
  const count = db.prepare<[{ patientId: number }], number>(TIMELINE_COUNT_SQL);
  return {
    forPatient(patientId: number, offset: number, limit: number): TimelinePage {
      if (!patients.get(patientId)) throw notFound('patient');
      const items = page.all({ patientId, limit, offset }).map(
        (r): TimelineEntry => ({
          kind: r.kind,
          id: r.id,
          at: r.at,
          detail: r.detail,
          parentId: r.parent_id,
          sequence: r.sequence,
          imported:
            r.imported_source !== null && r.imported_at !== null
              ? { source: r.imported_source, importedAt: r.imported_at }
              : null,
        }),
      );
      return { items, total: count.pluck().get({ patientId }) as number };
    },
  };
}
