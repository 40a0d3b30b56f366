import type { Db } from '../db/types';
import { AppError, found } from '../errors';
import { ERASURE_STEPS } from '../record/registry';

export interface ErasureResult {
  /** The erased record's number, for the confirmation and the audit trail (no name, no content). */
  number: string;
  removed: Record<string, number>;
}

/**
 * Erases a patient and every record linked to them in one transaction. The signed-record guards let
 * these deletes through only while the patient is marked in erasure_in_progress (migration 7).
 * The DELETEs come from the patient-record registry (src/main/record/registry.ts).
 */
export function createErasureService(db: Db) {
  const byId = db.prepare<[number], { number: string }>('SELECT number FROM patients WHERE id = ?');
  const mark = db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)');
  const unmark = db.prepare('DELETE FROM erasure_in_progress WHERE patient_id = ?');
  const statements = ERASURE_STEPS.map(({ name, sql }) => [name, db.prepare(sql)] as const);

  const erase = db.transaction((id: number, confirmNumber: string): ErasureResult => {
    const row = found(byId.get(id), 'patient');
    if (confirmNumber.trim().toUpperCase() !== row.number.toUpperCase()) {
      throw new AppError('VALIDATION', 'errors.validation', { confirmNumber: 'errors.eraseNumberMismatch' });
    }
    // Freed pages are overwritten with zeros, so the erased content does not linger in the file.
    db.pragma('secure_delete = ON');
    mark.run(id);
    const removed: Record<string, number> = {};
    for (const [kind, statement] of statements) removed[kind] = statement.run(id).changes;
    unmark.run(id);
    return { number: row.number, removed };
  });
  return (id: number, confirmNumber: string): ErasureResult => erase(id, confirmNumber);
}
