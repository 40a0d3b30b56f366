import { documentWords } from '../../shared/documents/document-words';
import { renderTemplate } from '../../shared/documents/render';
import type {
  ConsentSign,
  DocumentDetails,
  DocumentPdf,
  DocumentPdfCheck,
  DocumentPreview,
  DocumentRecord,
  DocumentSnapshot,
  DocumentSummary,
  PhotoConsentLevel,
} from '../../shared/documents/schema';
import type { DocumentKind, TemplateVersion } from '../../shared/documents/template-schema';
import { isMinorOn } from '../../shared/patients/minor';
import { displayName } from '../../shared/patients/schema';
import { type StoredSignature, signatureTime } from '../../shared/signature';
import { recordCallInTransaction } from '../audit/call-audit';
import { mustBeReviewed } from '../clinical-texts/reviews';
import { AppError } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { sha256Hex } from '../kernel/sha256';
import type { PatientService } from '../patients/service';
import type { LogoService } from '../settings/logo';
import type { SettingsService } from '../settings/service';
import { formatClinicDate } from './dates';
import { buildMergeValues, clinicSnapshot } from './merge-values';
import { type PdfSource, renderDocumentPdf } from './pdf/document-pdf';
import { createDocumentReader, hashOf } from './reader';
import type { TemplateService } from './template-service';

export interface DocumentServiceDeps extends ServiceDeps {
  patients: PatientService;
  settings: SettingsService;
  templates: TemplateService;
  logos: LogoService;
  /** Today's layout. Used once per document, at signing; later only to check (see checkPdf). */
  renderPdf?: (source: PdfSource) => Promise<Buffer>;
}

/**
 * Consent forms and aftercare sheets: rendered from a template, frozen, hashed and printed as PDF. The
 * PDF is drawn once, at signing, and kept with the document (signed_pdfs): every print, save and export
 * is that file. Documents signed before it was kept get theirs drawn and kept on first use.
 */
export function createDocumentService(deps: DocumentServiceDeps) {
  const { db, now, newId, patients, settings, templates, logos } = deps;
  const renderPdf = deps.renderPdf ?? renderDocumentPdf;
  const reader = createDocumentReader(db);
  const { repo, pdfs, get: mustGet } = reader;
  const missingPdf = db
    .prepare<[], number>(
      `SELECT d.id FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM signed_pdfs s WHERE s.record_kind = 'document' AND s.record_id = d.id)
       ORDER BY d.id LIMIT 1`,
    )
    .pluck();

  /** The template version to use: it must be of the right kind and still the current version. */
  function currentTemplate(templateId: number, kind: DocumentKind): TemplateVersion {
    const template = templates.forNewDocument(templateId);
    if (template.kind !== kind) {
      throw new AppError('VALIDATION', 'errors.validation', { templateId: 'errors.templateKind' });
    }
    const latest = templates.versions(template.key)[0];
    if (latest && latest.id !== template.id) {
      throw new AppError('CONFLICT', 'errors.staleTemplate', undefined, { kind: 'stale-template' });
    }
    return template;
  }

  function buildSnapshot(
    patientId: number,
    template: TemplateVersion,
    details: DocumentDetails,
    photoConsent: PhotoConsentLevel | null,
  ): DocumentSnapshot {
    const patient = patients.get(patientId);
    const current = settings.get();
    const identity = {
      name: displayName(patient),
      dateOfBirth: formatClinicDate(patient.dateOfBirth, current.dateFormat),
      number: patient.number,
    };
    const clinic = clinicSnapshot(current);
    const values = buildMergeValues(
      identity,
      clinic,
      details,
      current,
      template.kind,
      documentWords(template.language),
    );
    return {
      kind: template.kind,
      template: { key: template.key, version: template.version },
      paperSize: current.paperSize,
      dateFormat: current.dateFormat,
      clinic,
      patient: identity,
      dateText: formatClinicDate(details.treatmentDate, current.dateFormat),
      details,
      content: renderTemplate(template.content, values),
      photoConsent,
      language: template.language,
    };
  }

  interface Prepared {
    patientId: number;
    template: TemplateVersion;
    snapshot: DocumentSnapshot;
    signatures: StoredSignature[];
    uid: string;
    createdAt: string;
    sha256: string;
  }

  /** Everything a document is before it is stored; createdAt is also the signing time. */
  function prepare(
    patientId: number,
    template: TemplateVersion,
    snapshot: DocumentSnapshot,
    signatures: StoredSignature[],
    createdAt: string,
  ): Prepared {
    const uid = newId();
    const sha256 = hashOf({ uid, patientId, templateId: template.id, createdAt, snapshot, signatures });
    return { patientId, template, snapshot, signatures, uid, createdAt, sha256 };
  }

  const sourceOf = (d: Pick<Prepared, 'uid' | 'sha256' | 'createdAt' | 'snapshot' | 'signatures'>) => {
    const hash = d.snapshot.clinic.logoHash;
    return {
      uid: d.uid,
      sha256: d.sha256,
      createdAt: d.createdAt,
      snapshot: d.snapshot,
      signatures: d.signatures,
      logo: hash ? logos.bytes(hash) : null,
    };
  };

  /** Stores the document, the PDF that was drawn for it and the call's audit entry: one transaction. */
  const storeWithPdf = db.transaction((d: Prepared, pdf: Buffer): DocumentSummary => {
    currentTemplate(d.template.id, d.template.kind);
    const id = repo.insert({
      uid: d.uid,
      patientId: d.patientId,
      kind: d.template.kind,
      templateId: d.template.id,
      snapshot: d.snapshot,
      signatures: d.signatures,
      createdAt: d.createdAt,
      sha256: d.sha256,
    });
    pdfs.keep('document', id, d.patientId, pdf, d.createdAt);
    const summary = summaryOf(mustGet(id));
    recordCallInTransaction(summary);
    return summary;
  });

  /** Draws the PDF of a prepared document, then stores both. */
  async function sign(d: Prepared): Promise<DocumentSummary> {
    const pdf = await renderPdf(sourceOf(d));
    return storeWithPdf(d, pdf);
  }

  function prepareConsent(input: ConsentSign): Prepared {
    const template = currentTemplate(input.templateId, 'consent');
    mustBeReviewed(template.review);
    const declarations = template.content.declarations.length;
    if (input.acknowledged.length !== declarations || !input.acknowledged.every(Boolean)) {
      throw new AppError('VALIDATION', 'errors.validation', { acknowledged: 'errors.declarationsRequired' });
    }
    const patient = patients.get(input.patientId);
    if (
      patient &&
      isMinorOn(patient.dateOfBirth, now()) &&
      !input.signatures.some((s) => s.role === 'guardian')
    ) {
      throw new AppError('VALIDATION', 'errors.validation', {
        'signatures.patient': 'errors.guardianSignatureRequired',
      });
    }
    const snapshot = buildSnapshot(input.patientId, template, input.details, input.photoConsent);
    const signedAt = now().toISOString();
    // Each signer keeps their own time, from the moment the form was opened (an hour at most) until now.
    const opened = new Date(Date.parse(signedAt) - 3_600_000).toISOString();
    const signatures = input.signatures.map((s) => ({ ...s, signedAt: signatureTime(s, opened, signedAt) }));
    return prepare(input.patientId, template, snapshot, signatures, signedAt);
  }

  function prepareAftercare(patientId: number, templateId: number, details: DocumentDetails): Prepared {
    const template = currentTemplate(templateId, 'aftercare');
    mustBeReviewed(template.review);
    const snapshot = buildSnapshot(patientId, template, details, null);
    return prepare(patientId, template, snapshot, [], now().toISOString());
  }

  const withdraw = db.transaction((id: number, on: string, reason: string): DocumentSummary => {
    const document = mustGet(id);
    if (document.kind !== 'consent') {
      throw new AppError('VALIDATION', 'errors.validation', { id: 'errors.onlyConsentWithdraws' });
    }
    if (document.withdrawnOn) throw new AppError('LOCKED', 'errors.alreadyWithdrawn');
    repo.withdraw(id, on, reason, now().toISOString());
    return summaryOf(mustGet(id));
  });

  const keepPdf = db.transaction((record: DocumentRecord, bytes: Buffer) => {
    pdfs.keep('document', record.id, record.patientId, bytes, now().toISOString());
  });

  /** The document's signed PDF: the bytes kept at signing (drawn and kept now for an older document). */
  async function pdfBytes(id: number): Promise<{ record: DocumentRecord; bytes: Buffer }> {
    const record = mustGet(id);
    let bytes = reader.keptPdf(id);
    if (!bytes) {
      keepPdf(record, await renderPdf(sourceOf(record)));
      bytes = reader.keptPdf(id);
      if (!bytes) throw new Error(`the PDF of document ${id} was not kept`);
    }
    return { record, bytes };
  }

  /** Draws the document again with today's layout and compares it with the kept PDF; it never replaces it. */
  async function checkPdf(id: number): Promise<DocumentPdfCheck> {
    const { record, bytes } = await pdfBytes(id);
    const kept = pdfs.get('document', id);
    const regenerated = await renderPdf(sourceOf(record));
    return {
      storedSha256: kept?.sha256 ?? '',
      storedIntact: sha256Hex(bytes) === kept?.sha256,
      regeneratedSha256: sha256Hex(regenerated),
      identical: regenerated.equals(bytes),
    };
  }

  return {
    get: mustGet,
    listForPatient(patientId: number): DocumentSummary[] {
      patients.get(patientId);
      return repo.listForPatient(patientId);
    },
    preview(patientId: number, templateId: number, details: DocumentDetails): DocumentPreview {
      const template = templates.forNewDocument(templateId);
      const snapshot = buildSnapshot(patientId, template, details, null);
      return { templateId: template.id, language: template.language, content: snapshot.content };
    },
    signConsent: (input: ConsentSign): Promise<DocumentSummary> => sign(prepareConsent(input)),
    giveAftercare: (patientId: number, templateId: number, details: DocumentDetails) =>
      sign(prepareAftercare(patientId, templateId, details)),
    withdraw: (id: number, on: string, reason: string) => withdraw(id, on, reason),
    pdfBytes,
    checkPdf,
    /**
     * Draws and keeps the PDF of one document signed before PDFs were kept (migration 8), with the
     * layout of this release; false when none is left.
     */
    async keepOneMissingPdf(): Promise<boolean> {
      const id = missingPdf.get();
      if (id === undefined) return false;
      await pdfBytes(id);
      return true;
    },
    async pdf(id: number): Promise<DocumentPdf> {
      const { record, bytes } = await pdfBytes(id);
      return { fileName: pdfFileName(record), base64: bytes.toString('base64') };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

function summaryOf(record: DocumentRecord): DocumentSummary {
  const { snapshot: _snapshot, signatures: _signatures, intact: _intact, ...summary } = record;
  return summary;
}

/** A file name that is safe on every system and says what the file is. */
export function pdfFileName(record: DocumentRecord): string {
  const kind = record.kind === 'consent' ? 'consent' : 'aftercare';
  const date = record.snapshot.details.treatmentDate;
  return `${record.snapshot.patient.number}-${kind}-${date}-${record.uid.slice(0, 8)}.pdf`;
}
