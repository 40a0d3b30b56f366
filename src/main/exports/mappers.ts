import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../../shared/documents/schema';
import type {
  Consent,
  DocumentReference,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '../../shared/fhir/r4';
import { answerText } from '../../shared/intake/display';
import type { Intake } from '../../shared/intake/schema';
import type { Patient, PatientChange } from '../../shared/patients/schema';
import type { FlagDecision } from '../../shared/screening/schema';
import type { CsvValue } from './csv';
import { FHIR_SYSTEM, refTo } from './fhir';
import type { ExportSources, PatientRecord } from './record';

/** A file written next to the record: a signed document's PDF. */
export interface ExportFile {
  name: string;
  bytes: Buffer;
}

/** A heading and its lines in the record PDF; a line may carry a label. */
export interface PdfSection {
  heading: string;
  entries: { title: string; lines: [label: string, value: string][] }[];
  empty: string;
}

/**
 * How one record type joins every export: its rows in the record, its FHIR resources, its CSV file,
 * its section of the record PDF and any files beside it. A new record type (e.g. treatment sessions)
 * joins the patient export, the whole-clinic export and the counts by adding one mapper to
 * RECORD_MAPPERS; nothing else changes.
 */
export interface RecordMapper<T> {
  /** The kind as counted in an export summary, e.g. "intakes". */
  kind: string;
  items(record: PatientRecord): T[];
  /** FHIR R4 resources; `files` holds what files() wrote, e.g. PDFs to attach. */
  fhir(items: T[], patient: Patient, files: ReadonlyMap<string, Buffer>): Resource[];
  csv: { file: string; header: readonly string[]; rows(item: T, patient: Patient): CsvValue[][] };
  pdf(items: T[]): PdfSection;
  files?(items: T[], sources: ExportSources, patient: Patient): Promise<ExportFile[]>;
}

const mapper = <T>(m: RecordMapper<T>) => m as unknown as RecordMapper<unknown>;

/** A stable UUID for a resource derived from a record (e.g. the Consent that a signed form records). */
export function derivedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An instant as printed in the record: 2026-03-01 09:00 UTC. */
export const instant = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

const FIELD_LABELS: Record<keyof Patient & string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  emergencyContactName: 'Emergency contact',
  emergencyContactPhone: 'Emergency contact phone',
  gpName: 'GP',
  notes: 'Notes',
} as Record<keyof Patient & string, string>;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The patient's change history: who changed which field, when. */
const changes = mapper<PatientChange>({
  kind: 'changes',
  items: (r) => r.changes,
  fhir: () => [],
  csv: {
    file: 'patient-changes.csv',
    header: ['patient_number', 'at', 'action', 'field', 'from', 'to'],
    rows: (c, p) =>
      c.changes.length
        ? c.changes.map((f) => [p.number, c.at, c.action, f.field, f.from, f.to])
        : [[p.number, c.at, c.action, null, null, null]],
  },
  pdf: (items) => ({
    heading: 'Change history',
    empty: 'No changes recorded.',
    entries: items.map((c) => ({
      title: `${instant(c.at)} · ${c.action}`,
      lines: c.changes.map((f): [string, string] => [
        FIELD_LABELS[f.field] ?? f.field,
        `${f.from ?? '—'} → ${f.to ?? '—'}`,
      ]),
    })),
  }),
});

/** The full intake as stored, so a re-import recreates it exactly (its content hash still verifies). */
export interface IntakeRecordPayload {
  uid: string;
  status: Intake['status'];
  definitionVersion: number;
  definition: Intake['definition'];
  context: Intake['context'];
  answers: Intake['answers'];
  declaration: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  contentHash: string | null;
  signatures: Intake['signatures'];
}

function intakeItems(intake: Intake): QuestionnaireResponseItem[] {
  return intake.definition.sections.flatMap((section) => {
    const answered = section.questions.filter((q) => intake.answers[q.id] !== undefined);
    if (!answered.length) return [];
    return [
      {
        linkId: section.id,
        text: section.title,
        item: answered.map((q) => {
          const value = intake.answers[q.id] as string | string[];
          const answer =
            q.type === 'yesNo'
              ? [{ valueBoolean: value === 'yes' }]
              : q.type === 'date'
                ? [{ valueDate: String(value) }]
                : (Array.isArray(value) ? value : [value]).map((v) =>
                    q.options
                      ? { valueCoding: { code: v, display: answerText(intake.definition, q, v) } }
                      : { valueString: v },
                  );
          return { linkId: q.id, text: q.text, answer };
        }),
      },
    ];
  });
}

const intakes = mapper<Intake>({
  kind: 'intakes',
  items: (r) => r.intakes,
  fhir: (items, patient) =>
    items.map((intake): QuestionnaireResponse => {
      const payload: IntakeRecordPayload = {
        uid: intake.uid,
        status: intake.status,
        definitionVersion: intake.definitionVersion,
        definition: intake.definition,
        context: intake.context,
        answers: intake.answers,
        declaration: intake.declaration,
        createdAt: intake.createdAt,
        updatedAt: intake.updatedAt,
        signedAt: intake.signedAt,
        contentHash: intake.contentHash,
        signatures: intake.signatures,
      };
      return {
        resourceType: 'QuestionnaireResponse',
        id: intake.uid,
        meta: { lastUpdated: intake.updatedAt },
        identifier: { system: FHIR_SYSTEM.recordId, value: intake.uid },
        questionnaire: `https://mesodesk.app/fhir/Questionnaire/intake-v${intake.definitionVersion}`,
        status: intake.status === 'signed' ? 'completed' : 'in-progress',
        subject: refTo(patient.uid),
        authored: intake.signedAt ?? intake.updatedAt,
        item: intakeItems(intake),
        extension: [
          {
            url: FHIR_SYSTEM.intakeRecord,
            valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(payload)) },
          },
        ],
      };
    }),
  csv: {
    file: 'intake-answers.csv',
    header: ['patient_number', 'intake_uid', 'status', 'signed_at', 'question_id', 'question', 'answer'],
    rows: (intake, p) =>
      intake.definition.sections.flatMap((section) =>
        section.questions
          .filter((q) => intake.answers[q.id] !== undefined)
          .map((q) => [
            p.number,
            intake.uid,
            intake.status,
            intake.signedAt,
            q.id,
            q.text,
            answerText(intake.definition, q, intake.answers[q.id]),
          ]),
      ),
  },
  pdf: (items) => ({
    heading: 'Intake questionnaires',
    empty: 'No intake questionnaires.',
    entries: items.map((intake) => ({
      title: `${intake.definition.title} · ${intake.status === 'signed' ? `signed ${intake.signedAt?.slice(0, 10)}` : 'draft, not signed'}`,
      lines: intake.definition.sections.flatMap((section) =>
        section.questions
          .filter((q) => intake.answers[q.id] !== undefined)
          .map((q): [string, string] => [q.text, answerText(intake.definition, q, intake.answers[q.id])]),
      ),
    })),
  }),
});

const decisions = mapper<FlagDecision>({
  kind: 'decisions',
  items: (r) => r.decisions,
  fhir: () => [],
  csv: {
    file: 'screening-decisions.csv',
    header: ['patient_number', 'intake_id', 'flag', 'severity', 'decision', 'reason', 'decided_at'],
    rows: (d, p) => [[p.number, d.intakeId, d.flagKey, d.severity, d.decision, d.reason, d.decidedAt]],
  },
  pdf: (items) => ({
    heading: 'Screening decisions',
    empty: 'No screening decisions.',
    entries: items.map((d) => ({
      title: `${d.flagKey} (${d.severity.toLowerCase()}) · ${d.decision === 'treat' ? 'treat' : 'do not treat'}`,
      lines: [
        ['Reason', d.reason],
        ['Decided', instant(d.decidedAt)],
      ],
    })),
  }),
});

/** The signed PDF's file name inside the export folder. */
export const documentFileName = (d: DocumentRecord) =>
  `documents/${d.kind}-${d.createdAt.slice(0, 10)}-${d.uid.slice(-8)}.pdf`;

const documents = mapper<DocumentRecord>({
  kind: 'documents',
  items: (r) => r.documents,
  fhir: (items, patient, files) =>
    items.flatMap((d) => {
      const pdf = files.get(documentFileName(d));
      if (!pdf) throw new Error(`The PDF of document ${d.uid} was not written`);
      return documentResources(d, patient, pdf);
    }),
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

/** Every record type linked to a patient, in the order they appear in the exports. */
export const RECORD_MAPPERS: readonly RecordMapper<unknown>[] = [intakes, decisions, documents, changes];
