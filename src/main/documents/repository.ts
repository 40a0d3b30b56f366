import type {
  DocumentRecord,
  DocumentSnapshot,
  DocumentSummary,
  PhotoConsentLevel,
} from '../../shared/documents/schema';
import type { DocumentKind } from '../../shared/documents/template-schema';
import type { StoredSignature } from '../../shared/signature';
import type { Db } from '../db/types';

interface DocumentRow {
  id: number;
  uid: string;
  patient_id: number;
  kind: DocumentKind;
  template_id: number;
  template_key: string;
  template_version: number;
  title: string;
  snapshot: string;
  signatures: string;
  photo_consent: PhotoConsentLevel | null;
  created_at: string;
  sha256: string;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
}

const SELECT = `SELECT d.*, t.key AS template_key, t.version AS template_version
  FROM documents d JOIN document_templates t ON t.id = d.template_id`;

const toSummary = (r: DocumentRow): DocumentSummary => ({
  id: r.id,
  uid: r.uid,
  patientId: r.patient_id,
  kind: r.kind,
  title: r.title,
  templateKey: r.template_key,
  templateVersion: r.template_version,
  createdAt: r.created_at,
  sha256: r.sha256,
  photoConsent: r.photo_consent,
  withdrawnOn: r.withdrawn_on,
  withdrawalReason: r.withdrawal_reason,
});

export interface NewDocument {
  uid: string;
  patientId: number;
  kind: DocumentKind;
  templateId: number;
  snapshot: DocumentSnapshot;
  signatures: StoredSignature[];
  createdAt: string;
  sha256: string;
}

/** Data access for signed documents: insert, read, and record a withdrawal. Callers own the transaction. */
export function createDocumentRepository(db: Db) {
  const byId = db.prepare<[number], DocumentRow>(`${SELECT} WHERE d.id = ?`);
  const byPatient = db.prepare<[number], DocumentRow>(
    `${SELECT} WHERE d.patient_id = ? ORDER BY d.created_at DESC, d.id DESC`,
  );
  const insert = db.prepare(`
    INSERT INTO documents (uid, patient_id, kind, template_id, title, snapshot, signatures, photo_consent,
      created_at, sha256)
    VALUES (@uid, @patientId, @kind, @templateId, @title, @snapshot, @signatures, @photoConsent, @createdAt,
      @sha256)`);
  const withdraw = db.prepare(
    'UPDATE documents SET withdrawn_on = ?, withdrawal_reason = ?, withdrawal_recorded_at = ? WHERE id = ?',
  );

  return {
    get(id: number): (Omit<DocumentRecord, 'intact'> & { templateId: number }) | undefined {
      const row = byId.get(id);
      if (!row) return undefined;
      return {
        ...toSummary(row),
        snapshot: JSON.parse(row.snapshot) as DocumentSnapshot,
        signatures: JSON.parse(row.signatures) as StoredSignature[],
        templateId: row.template_id,
      };
    },
    listForPatient: (patientId: number): DocumentSummary[] => byPatient.all(patientId).map(toSummary),
    insert(d: NewDocument): number {
      const info = insert.run({
        uid: d.uid,
        patientId: d.patientId,
        kind: d.kind,
        templateId: d.templateId,
        title: d.snapshot.content.title,
        snapshot: JSON.stringify(d.snapshot),
        signatures: JSON.stringify(d.signatures),
        photoConsent: d.snapshot.photoConsent,
        createdAt: d.createdAt,
        sha256: d.sha256,
      });
      return Number(info.lastInsertRowid);
    },
    withdraw(id: number, on: string, reason: string, recordedAt: string): void {
      withdraw.run(on, reason, recordedAt, id);
    },
  };
}
