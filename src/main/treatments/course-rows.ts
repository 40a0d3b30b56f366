import type { Db } from '../db/types';
import type { StoredCourse } from './stored-records';

/** A course as it is inserted: the service's new courses and the FHIR re-import's stored ones. */
export type CourseInsert = StoredCourse & { patientId: number };

/** The one INSERT of a course; returns its id. */
export function createCourseRows(db: Db) {
  const insert = db.prepare(`
    INSERT INTO courses (uid, patient_id, plan_json, start_date, status, sessions_done, next_phase, next_number,
      next_due_date, next_latest_date, created_at, updated_at)
    VALUES (@uid, @patientId, @planJson, @startDate, @status, @sessionsDone, @nextPhase, @nextNumber,
      @nextDueDate, @nextLatestDate, @createdAt, @updatedAt)`);
  return { insert: (row: CourseInsert): number => Number(insert.run(row).lastInsertRowid) };
}
