import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../../shared/documents/schema';
import type { Consent, DocumentReference, Resource } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import { derivedUuid } from './export-text';
import { type ExportFile, erasePatientRows, fhirWithFiles, listMapper, type PatientRecordKind } from './kind';

/** The signed PDF's file name inside the export folder. */
export const documentFileName = (d: DocumentRecord) =>
  `documents/${d.kind}-${d.createdAt.slice(0, 10)}-${d.uid.slice(-8)}.pdf`;

const documents = listMapper('documents', {
  fhir: fhirWithFiles(
    documentFileName,
    (d) => `The PDF of document ${d.uid} was not written`,
    documentResources,
  ),
  csv: {
    file: 'documents.csv',
    header: [
      'patient_number',
      'document_uid',
      'kind',
      'title',
      'template',
      'created_at',
      'sha256',
      'photo_consent',
      'withdrawn_on',
      'withdrawal_reason',
      'file',
    ],
    rows: (d, p) => [
      [
        p.number,
        d.uid,
        d.kind,
        d.title,
        `${d.templateKey}@${d.templateVersion}`,
        d.createdAt,
        d.sha256,
        d.photoConsent,
        d.withdrawnOn,
        d.withdrawalReason,
        documentFileName(d),
      ],
    ],
  },
  pdf: (items) => ({
    heading: 'Signed documents',
    empty: 'No consent forms or aftercare sheets.',
    entries: items.map((d) => ({
      title: `${d.title} · ${d.kind === 'consent' ? 'consent form' : 'aftercare sheet'} · ${d.createdAt.slice(0, 10)}`,
      lines: [
        ['File', documentFileName(d)],
        ['SHA-256', d.sha256],
        ...(d.withdrawnOn
          ? [['Withdrawn', `${d.withdrawnOn}: ${d.withdrawalReason ?? ''}`] as [string, string]]
          : []),
      ],
    })),
  }),
  async files(items, sources) {
    const files: ExportFile[] = [];
    for (const d of items)
      files.push({ name: documentFileName(d), bytes: (await sources.documents.pdfBytes(d.id)).bytes });
    return files;
  },
});

/** The FHIR resources for documents need their PDFs, so they are built once the files exist. */
export function documentResources(d: DocumentRecord, patient: Patient, pdf: Buffer): Resource[] {
  const reference: DocumentReference = {
    resourceType: 'DocumentReference',
    id: d.uid,
    identifier: [{ system: FHIR_SYSTEM.recordId, value: d.uid }],
    status: 'current',
    type: { text: d.kind === 'consent' ? 'Consent form' : 'Aftercare sheet' },
    subject: refTo(patient.uid),
    date: d.createdAt,
    description: d.title,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          data: pdf.toString('base64'),
          title: documentFileName(d).slice('documents/'.length),
          creation: d.createdAt,
          hash: createHash('sha1').update(pdf).digest('base64'),
        },
      },
    ],
  };
  if (d.kind !== 'consent') return [reference];
  const consent: Consent = {
    resourceType: 'Consent',
    id: derivedUuid(`consent:${d.uid}`),
    identifier: [{ system: FHIR_SYSTEM.recordId, value: d.uid }],
    status: d.withdrawnOn ? 'inactive' : 'active',
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'treatment',
          display: 'Treatment',
        },
      ],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: refTo(patient.uid),
    dateTime: d.createdAt,
    sourceReference: refTo(d.uid),
    provision: {
      type: 'permit',
      period: { start: d.createdAt.slice(0, 10), ...(d.withdrawnOn ? { end: d.withdrawnOn } : {}) },
    },
  };
  return [consent, reference];
}

export const documentRecords: PatientRecordKind = {
  table: 'documents',
  timeline: {
    kind: 'document',
    select: `SELECT 'document', id, created_at, created_at, kind, NULL, NULL, NULL, NULL FROM documents WHERE patient_id = @patientId`,
  },
  export: documents,
  fhirImport: { notIncluded: 'signed documents are exported as PDFs; a signature is never re-imported' },
  erasure: [erasePatientRows('documents', 'documents')],
};
