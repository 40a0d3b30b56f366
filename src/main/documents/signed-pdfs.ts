import type { Db } from '../db/types';
import { sha256Hex } from '../kernel/sha256';

/** The record types whose signed PDF is kept (migration 8: signed_pdfs.record_kind). */
export type SignedPdfKind = 'document';

export interface SignedPdf {
  sha256: string;
  bytes: Buffer;
  createdAt: string;
}

/**
 * The exact bytes of each signed PDF, in the encrypted database, with their SHA-256. Written once and
 * never changed (triggers refuse it); a reprint reads them back instead of drawing the record again.
 * Callers own the transaction.
 */
export function createSignedPdfRepository(db: Db) {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO signed_pdfs (record_kind, record_id, patient_id, sha256, bytes, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const one = db.prepare<[string, number], { sha256: string; bytes: Buffer; created_at: string }>(
    'SELECT sha256, bytes, created_at FROM signed_pdfs WHERE record_kind = ? AND record_id = ?',
  );
  return {
    get(kind: SignedPdfKind, id: number): SignedPdf | null {
      const row = one.get(kind, id);
      return row ? { sha256: row.sha256, bytes: row.bytes, createdAt: row.created_at } : null;
    },
    /** Keeps the bytes of a record's signed PDF; a record that has them already keeps the first ones. */
    keep(kind: SignedPdfKind, id: number, patientId: number, bytes: Buffer, at: string): void {
      insert.run(kind, id, patientId, sha256Hex(bytes), bytes, at);
    },
  };
}

export type SignedPdfRepository = ReturnType<typeof createSignedPdfRepository>;
