import type { IntakeStatus } from '../../shared/intake/schema';
import type { Signature, StoredSignature } from '../../shared/signature';
import type { Db } from '../db/types';

export interface IntakeRow {
  id: number;
  uid: string;
  patient_id: number;
  status: IntakeStatus;
  definition_version: number;
  definition_json: string | null;
  context_json: string | null;
  answers_json: string;
  declaration: string | null;
  prefilled_from: number | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  discarded_at: string | null;
  content_hash: string | null;
  version: number;
}

interface SignatureRow {
  role: StoredSignature['role'];
  signer_name: string;
  method: StoredSignature['method'];
  image_png: Buffer;
  signed_at: string;
}

export interface SignedContent {
  definitionJson: string;
  contextJson: string;
  declaration: string;
  signedAt: string;
  contentHash: string;
}

/** Data access for intakes and their signatures. Callers own the transaction. */
export function createIntakeRepository(db: Db) {
  const byId = db.prepare<[number], IntakeRow>('SELECT * FROM intakes WHERE id = ?');
  const byPatient = db.prepare<[number], IntakeRow>(
    'SELECT * FROM intakes WHERE patient_id = ? AND discarded_at IS NULL ORDER BY id DESC',
  );
  const draft = db.prepare<[number], IntakeRow>(
    "SELECT * FROM intakes WHERE patient_id = ? AND status = 'draft' AND discarded_at IS NULL",
  );
  // An intake signed in this clinic comes before any imported one: an imported intake carries the
  // signing time the bundle claimed, and a forged future date must not hide what was signed here.
  const latestSigned = db.prepare<[number], IntakeRow>(`
    SELECT * FROM intakes WHERE patient_id = ? AND status = 'signed'
    ORDER BY EXISTS (SELECT 1 FROM imported_records r WHERE r.record_kind = 'intake' AND r.record_id = intakes.id),
      signed_at DESC, id DESC
    LIMIT 1`);
  const insert = db.prepare(`
    INSERT INTO intakes (uid, patient_id, status, definition_version, answers_json, prefilled_from,
      created_at, updated_at)
    VALUES (@uid, @patientId, 'draft', @definitionVersion, @answersJson, @prefilledFrom, @now, @now)`);
  const insertImported = db.prepare(`
    INSERT INTO intakes (uid, patient_id, status, definition_version, definition_json, context_json,
      answers_json, declaration, created_at, updated_at, signed_at, content_hash)
    VALUES (@uid, @patientId, @status, @definitionVersion, @definitionJson, @contextJson, @answersJson,
      @declaration, @createdAt, @updatedAt, @signedAt, @contentHash)`);
  const saveAnswers = db.prepare(
    'UPDATE intakes SET answers_json = ?, updated_at = ?, version = version + 1 WHERE id = ?',
  );
  const markSigned = db.prepare(`
    UPDATE intakes SET status = 'signed', definition_json = @definitionJson, context_json = @contextJson,
      declaration = @declaration, signed_at = @signedAt, content_hash = @contentHash, updated_at = @signedAt,
      version = version + 1
    WHERE id = @id AND status = 'draft'`);
  const markDiscarded = db.prepare(
    "UPDATE intakes SET discarded_at = ?, version = version + 1 WHERE id = ? AND status = 'draft' AND discarded_at IS NULL",
  );
  const insertSignature = db.prepare(`
    INSERT INTO intake_signatures (intake_id, role, signer_name, method, image_png, signed_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const signatures = db.prepare<[number], SignatureRow>(
    'SELECT role, signer_name, method, image_png, signed_at FROM intake_signatures WHERE intake_id = ? ORDER BY id',
  );

  return {
    get: (id: number): IntakeRow | undefined => byId.get(id),
    listByPatient: (patientId: number): IntakeRow[] => byPatient.all(patientId),
    draftFor: (patientId: number): IntakeRow | undefined => draft.get(patientId),
    latestSigned: (patientId: number): IntakeRow | undefined => latestSigned.get(patientId),

    insertDraft(row: {
      uid: string;
      patientId: number;
      definitionVersion: number;
      answersJson: string;
      prefilledFrom: number | null;
      now: string;
    }): number {
      return Number(insert.run(row).lastInsertRowid);
    },

    /** An intake as another clinic stored it (FHIR re-import): every column as it was, signed or not. */
    insertImported(row: {
      uid: string;
      patientId: number;
      status: 'draft' | 'signed';
      definitionVersion: number;
      definitionJson: string | null;
      contextJson: string | null;
      answersJson: string;
      declaration: string | null;
      createdAt: string;
      updatedAt: string;
      signedAt: string | null;
      contentHash: string | null;
    }): number {
      return Number(insertImported.run(row).lastInsertRowid);
    },

    saveAnswers(id: number, answersJson: string, now: string): void {
      saveAnswers.run(answersJson, now, id);
    },

    markSigned(id: number, content: SignedContent): void {
      const info = markSigned.run({ id, ...content });
      if (info.changes !== 1) throw new Error(`intake ${id} was not a draft`);
    },

    markDiscarded(id: number, at: string): void {
      const info = markDiscarded.run(at, id);
      if (info.changes !== 1) throw new Error(`intake ${id} was not an open draft`);
    },

    insertSignature(intakeId: number, signature: Signature, png: Buffer, signedAt: string): void {
      insertSignature.run(intakeId, signature.role, signature.signerName, signature.method, png, signedAt);
    },

    signatures(intakeId: number): { signature: StoredSignature; png: Buffer }[] {
      return signatures.all(intakeId).map((r) => ({
        png: r.image_png,
        signature: {
          role: r.role,
          signerName: r.signer_name,
          method: r.method,
          imagePng: `data:image/png;base64,${r.image_png.toString('base64')}`,
          signedAt: r.signed_at,
        },
      }));
    },
  };
}

export type IntakeRepository = ReturnType<typeof createIntakeRepository>;
