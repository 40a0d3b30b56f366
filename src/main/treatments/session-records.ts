import type { Session, SessionSummary } from '../../shared/treatments/schema';
import type { ProductService } from '../catalog/products';
import type { Db } from '../db/types';
import { found } from '../errors';
import { createPatientRepository } from '../patients/repository';
import type { CourseService } from './courses';
import { createSessionReader } from './session-reader';
import { createStoredRecordReader, type SessionRecordPayload } from './stored-records';

/**
 * The stored sessions as read back (the session service's reads, and all an export needs), without the
 * charting, checks and signing the service adds.
 */
export function createSessionRecords(deps: { db: Db; products: ProductService; courses: CourseService }) {
  const patients = createPatientRepository(deps.db);
  const reader = createSessionReader(deps);
  const stored = createStoredRecordReader(deps.db);
  return {
    reader,
    patients,
    get: (id: number): Session => reader.toSession(reader.mustRow(id)),
    /** The session row for row (course, items with product and lot, amendments), for a re-importable export. */
    storedRecord: (id: number): SessionRecordPayload => found(stored.session(id), 'session'),
    /**
     * Every session of the patients with ids first..last, each with its stored record, in a few table-wide
     * queries (the whole-clinic export reads the clinic a page of patients at a time).
     */
    ofPatients(first: number, last: number): { session: Session; stored: SessionRecordPayload }[] {
      const lookups = reader.lookupsForPatients(first, last);
      const rows = reader.rowsOfPatients(first, last);
      const payloads = stored.sessionsOfPatients(first, last, rows);
      return rows.map((row) => ({
        session: reader.toSession(row, lookups),
        stored: found(payloads.get(row.id), 'session'),
      }));
    },
    list(patientId: number): SessionSummary[] {
      patients.must(patientId);
      return reader.summaries(patientId);
    },
  };
}
