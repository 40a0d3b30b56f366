import type { DocumentRecord, DocumentSnapshot } from '../../shared/documents/schema';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import type { StoredSignature } from '../../shared/signature';
import type { Db } from '../db/types';
import { found } from '../errors';
import { sha256Hex } from '../kernel/sha256';
import { createDocumentRepository } from './repository';
import { createSignedPdfRepository } from './signed-pdfs';

interface HashedContent {
  uid: string;
  patientId: number;
  templateId: number;
  createdAt: string;
  snapshot: DocumentSnapshot;
  signatures: StoredSignature[];
}

/** The SHA-256 of a document: over the canonical JSON of everything that was signed, and when. */
export const hashOf = (content: HashedContent): string => sha256Hex(canonicalJson(content));

/**
 * The stored documents and their kept PDFs, read as they are: what the document service builds on, and
 * all an export reads (without the PDF writer the service draws with).
 */
export function createDocumentReader(db: Db) {
  const repo = createDocumentRepository(db);
  const pdfs = createSignedPdfRepository(db);

  function get(id: number): DocumentRecord {
    const row = found(repo.get(id), 'document');
    const { templateId, ...document } = row;
    const { uid, patientId, createdAt, snapshot, signatures } = document;
    const intact =
      hashOf({ uid, patientId, templateId, createdAt, snapshot, signatures }) === document.sha256;
    return { ...document, intact };
  }

  /** The PDF kept for the document, checked against its hash; null when none is kept yet. */
  function keptPdf(id: number): Buffer | null {
    const kept = pdfs.get('document', id);
    if (!kept) return null;
    if (sha256Hex(kept.bytes) !== kept.sha256) throw new Error(`the kept PDF of document ${id} is damaged`);
    return kept.bytes;
  }

  return {
    repo,
    pdfs,
    get,
    keptPdf,
    listForPatient: (patientId: number) => repo.listForPatient(patientId),
    /** The kept PDF; a document signed before PDFs were kept has its PDF drawn at start-up (pdf-backfill.ts). */
    async pdfBytes(id: number): Promise<{ record: DocumentRecord; bytes: Buffer }> {
      const record = get(id);
      const bytes = keptPdf(id);
      if (!bytes) throw new Error(`the PDF of document ${id} is not kept yet`);
      return { record, bytes };
    },
  };
}
