import type { ImportedFrom, ImportedKind } from '../../shared/imports/provenance';
import type { Db } from '../db/types';

interface Row {
  source: string;
  imported_at: string;
  original_hash: string | null;
  original_signed_at: string | null;
}

export interface NewImportedRecord {
  kind: ImportedKind;
  id: number;
  patientId: number;
  source: string;
  importedAt: string;
  originalHash?: string | null;
  originalSignedAt?: string | null;
}

const toImportedFrom = (r: Row): ImportedFrom => ({
  source: r.source,
  importedAt: r.imported_at,
  originalHash: r.original_hash,
  originalSignedAt: r.original_signed_at,
});

/** Import provenance (migration 8): which records came in by FHIR re-import, from where and when. */
export function createProvenanceRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO imported_records (record_kind, record_id, patient_id, source, imported_at, original_hash,
      original_signed_at)
    VALUES (@kind, @id, @patientId, @source, @importedAt, @originalHash, @originalSignedAt)`);
  const one = db.prepare<[string, number], Row>(
    'SELECT source, imported_at, original_hash, original_signed_at FROM imported_records WHERE record_kind = ? AND record_id = ?',
  );
  const ofPatients = db.prepare<[number, number], Row & { record_kind: string; record_id: number }>(
    `SELECT record_kind, record_id, source, imported_at, original_hash, original_signed_at FROM imported_records
     WHERE patient_id BETWEEN ? AND ?`,
  );
  return {
    mark(r: NewImportedRecord): void {
      insert.run({ originalHash: null, originalSignedAt: null, ...r });
    },
    get(kind: ImportedKind, id: number): ImportedFrom | null {
      const row = one.get(kind, id);
      return row ? toImportedFrom(row) : null;
    },
    /** The provenance of every record of patients first..last, keyed `kind:id`. */
    ofPatients(first: number, last: number): Map<string, ImportedFrom> {
      return new Map(
        ofPatients.all(first, last).map((r) => [`${r.record_kind}:${r.record_id}`, toImportedFrom(r)]),
      );
    },
  };
}

export type ProvenanceRepository = ReturnType<typeof createProvenanceRepository>;
