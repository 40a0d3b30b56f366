import type { TimelineEntry, TimelineKind, TimelinePage } from '../../shared/treatments/schema';
import type { Db } from '../db/types';
import { createPatientRepository } from '../patients/repository';
import { TIMELINE_BRANCHES } from '../record/registry';

/**
 * One patient's record, newest first: one branch per kind of record the registry puts in the timeline
 * (src/main/record/registry.ts), each reading its table through an index on patient_id. Sessions and
 * adverse events carry a clinical date (and time); when it is the day the record was written, the
 * record's own instant orders it among that day's entries, otherwise the clinical date does. A record brought in by FHIR
 * re-import carries its source and import time (imported_records, by primary key).
 */
export const TIMELINE_SQL = `
  SELECT kind, id, at, detail, parent_id, sequence, note, archived_at,
    (SELECT r.source FROM imported_records r WHERE r.record_kind = kind AND r.record_id = id) AS imported_source,
    (SELECT r.imported_at FROM imported_records r WHERE r.record_kind = kind AND r.record_id = id) AS imported_at
  FROM (
    ${TIMELINE_BRANCHES.map((b) => b.select).join('\n    UNION ALL\n    ')}
  )
  ORDER BY sort_at DESC, id DESC
  LIMIT @limit OFFSET @offset`;

export const TIMELINE_COUNT_SQL = `SELECT ${TIMELINE_BRANCHES.map((b) => `(${b.count})`).join(' + ')}`;

interface Row {
  kind: TimelineKind;
  id: number;
  at: string;
  detail: string;
  parent_id: number | null;
  sequence: number | null;
  note: string | null;
  archived_at: string | null;
  imported_source: string | null;
  imported_at: string | null;
}

export function createTimelineService(db: Db) {
  const patients = createPatientRepository(db);
  const page = db.prepare<[{ patientId: number; limit: number; offset: number }], Row>(TIMELINE_SQL);
  const count = db.prepare<[{ patientId: number }], number>(TIMELINE_COUNT_SQL);
  return {
    forPatient(patientId: number, offset: number, limit: number): TimelinePage {
      patients.must(patientId);
      const items = page.all({ patientId, limit, offset }).map(
        (r): TimelineEntry => ({
          kind: r.kind,
          id: r.id,
          at: r.at,
          detail: r.detail,
          parentId: r.parent_id,
          sequence: r.sequence,
          note: r.note,
          archivedAt: r.archived_at,
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
