import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';

export interface ErasureResult {
  /** The erased record's number, for the confirmation and the audit trail (no name, no content). */
  number: string;
  removed: Record<string, number>;
}

/**
 * Erases a patient and every record linked to them in one transaction. The signed-record guards let
 * these deletes through only while the patient is marked in erasure_in_progress (migration 7).
 * A new record type linked to patients adds its DELETE here, children before parents.
 */
export function createErasureService(db: Db) {
  const byId = db.prepare<[number], { number: string }>('SELECT number FROM patients WHERE id = ?');
  const mark = db.prepare('INSERT INTO erasure_in_progress (patient_id) VALUES (?)');
  const unmark = db.prepare('DELETE FROM erasure_in_progress WHERE patient_id = ?');
  const steps: [string, string][] = [
    // Provenance of imported records and kept signed PDFs (migration 8) go first: they name records below.
    ['importedRecords', 'DELETE FROM imported_records WHERE patient_id = ?'],
    ['signedPdfs', 'DELETE FROM signed_pdfs WHERE patient_id = ?'],
    [
      'adverseEventLots',
      'DELETE FROM adverse_event_lots WHERE adverse_event_id IN (SELECT id FROM adverse_events WHERE patient_id = ?)',
    ],
    ['adverseEvents', 'DELETE FROM adverse_events WHERE patient_id = ?'],
    ['amendments', 'DELETE FROM session_amendments WHERE patient_id = ?'],
    [
      'sessionItems',
      'DELETE FROM session_items WHERE session_id IN (SELECT id FROM sessions WHERE patient_id = ?)',
    ],
    // Stock used stays used: lots keep their counters, the product really left the shelf.
    ['sessions', 'DELETE FROM sessions WHERE patient_id = ?'],
    ['courses', 'DELETE FROM courses WHERE patient_id = ?'],
    ['decisions', 'DELETE FROM flag_decisions WHERE patient_id = ?'],
    [
      'signatures',
      'DELETE FROM intake_signatures WHERE intake_id IN (SELECT id FROM intakes WHERE patient_id = ?)',
    ],
    ['intakes', 'DELETE FROM intakes WHERE patient_id = ?'],
    ['documents', 'DELETE FROM documents WHERE patient_id = ?'],
    ['changes', 'DELETE FROM patient_changes WHERE patient_id = ?'],
    ['patients', 'DELETE FROM patients WHERE id = ?'],
  ];
  const statements = steps.map(([kind, sql]) => [kind, db.prepare(sql)] as const);

  const erase = db.transaction((id: number, confirmNumber: string): ErasureResult => {
    const row = byId.get(id);
    if (!row) throw notFound('patient');
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
