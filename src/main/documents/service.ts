import { renderTemplate } from '../../shared/documents/render';
import type {
  ConsentSign,
  DocumentDetails,
  DocumentPdf,
  DocumentPreview,
  DocumentRecord,
  DocumentSnapshot,
  DocumentSummary,
  PhotoConsentLevel,
} from '../../shared/documents/schema';
import type { DocumentKind, TemplateVersion } from '../../shared/documents/template-schema';
import { displayName } from '../../shared/patients/schema';
import type { StoredSignature } from '../../shared/signature';
import { AppError, notFound } from '../errors';
import type { PatientService, ServiceDeps } from '../patients/service';
import type { LogoService } from '../settings/logo';
import type { SettingsService } from '../settings/service';
import { canonicalJson, sha256Hex } from './canonical';
import { formatClinicDate } from './dates';
import { buildMergeValues, clinicSnapshot } from './merge-values';
import { renderDocumentPdf } from './pdf/document-pdf';
import { createDocumentRepository } from './repository';
import type { TemplateService } from './template-service';

export interface DocumentServiceDeps extends ServiceDeps {
  patients: PatientService;
  settings: SettingsService;
  templates: TemplateService;
  logos: LogoService;
}

/** Consent forms and aftercare sheets: rendered from a template, frozen, hashed and printed as PDF. */
export function createDocumentService(deps: DocumentServiceDeps) {
  const { db, now, newId, patients, settings, templates, logos } = deps;
  const repo = createDocumentRepository(db);

  function mustGet(id: number): DocumentRecord {
    const row = repo.get(id);
    if (!row) throw notFound('document');
    const { templateId, ...document } = row;
    const { uid, patientId, createdAt, snapshot, signatures } = document;
    const intact =
      hashOf({ uid, patientId, templateId, createdAt, snapshot, signatures }) === document.sha256;
    return { ...document, intact };
  }

  /** The template version to use: it must be of the right kind and still the current version. */
  function currentTemplate(templateId: number, kind: DocumentKind): TemplateVersion {
    const template = templates.get(templateId);
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
    const values = buildMergeValues(identity, clinic, details, current);
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
    };
  }

  /** Inserts a document; callers are transactions themselves. createdAt is also the signing time. */
  const store = (
    patientId: number,
    template: TemplateVersion,
    snapshot: DocumentSnapshot,
    signatures: StoredSignature[],
    createdAt: string,
  ) => {
    const uid = newId();
    const sha256 = hashOf({ uid, patientId, templateId: template.id, createdAt, snapshot, signatures });
    const id = repo.insert({
      uid,
      patientId,
      kind: template.kind,
      templateId: template.id,
      snapshot,
      signatures,
      createdAt,
      sha256,
    });
    return mustGet(id);
  };

  const signConsent = db.transaction((input: ConsentSign): DocumentSummary => {
    const template = currentTemplate(input.templateId, 'consent');
    const declarations = template.content.declarations.length;
    if (input.acknowledged.length !== declarations || !input.acknowledged.every(Boolean)) {
      throw new AppError('VALIDATION', 'errors.validation', { acknowledged: 'errors.declarationsRequired' });
    }
    const snapshot = buildSnapshot(input.patientId, template, input.details, input.photoConsent);
    const signedAt = now().toISOString();
    const signatures = input.signatures.map((s) => ({ ...s, signedAt }));
    return summaryOf(store(input.patientId, template, snapshot, signatures, signedAt));
  });

  const giveAftercare = db.transaction((patientId: number, templateId: number, details: DocumentDetails) => {
    const template = currentTemplate(templateId, 'aftercare');
    const snapshot = buildSnapshot(patientId, template, details, null);
    return summaryOf(store(patientId, template, snapshot, [], now().toISOString()));
  });

  const withdraw = db.transaction((id: number, on: string, reason: string): DocumentSummary => {
    const document = mustGet(id);
    if (document.kind !== 'consent') {
      throw new AppError('VALIDATION', 'errors.validation', { id: 'errors.onlyConsentWithdraws' });
    }
    if (document.withdrawnOn) throw new AppError('LOCKED', 'errors.alreadyWithdrawn');
    repo.withdraw(id, on, reason, now().toISOString());
    return summaryOf(mustGet(id));
  });

  async function pdfBytes(id: number): Promise<{ record: DocumentRecord; bytes: Buffer }> {
    const record = mustGet(id);
    const hash = record.snapshot.clinic.logoHash;
    const bytes = await renderDocumentPdf({
      uid: record.uid,
      sha256: record.sha256,
      createdAt: record.createdAt,
      snapshot: record.snapshot,
      signatures: record.signatures,
      logo: hash ? logos.bytes(hash) : null,
    });
    return { record, bytes };
  }

  return {
    get: mustGet,
    listForPatient(patientId: number): DocumentSummary[] {
      patients.get(patientId);
      return repo.listForPatient(patientId);
    },
    preview(patientId: number, templateId: number, details: DocumentDetails): DocumentPreview {
      const template = templates.get(templateId);
      const snapshot = buildSnapshot(patientId, template, details, null);
      return { templateId: template.id, content: snapshot.content };
    },
    signConsent: (input: ConsentSign) => signConsent(input),
    giveAftercare: (patientId: number, templateId: number, details: DocumentDetails) =>
      giveAftercare(patientId, templateId, details),
    withdraw: (id: number, on: string, reason: string) => withdraw(id, on, reason),
    pdfBytes,
    async pdf(id: number): Promise<DocumentPdf> {
      const { record, bytes } = await pdfBytes(id);
      return { fileName: pdfFileName(record), base64: bytes.toString('base64') };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

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
