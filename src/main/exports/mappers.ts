import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../../shared/documents/schema';
import type {
  Annotation,
  CodeableConcept,
  Consent,
  DocumentReference,
  Encounter,
  AdverseEvent as FhirAdverseEvent,
  Medication,
  MedicationAdministration,
  Procedure,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
} from '../../shared/fhir/r4';
import type { ImportedFrom } from '../../shared/imports/provenance';
import { answerText } from '../../shared/intake/display';
import type { Intake } from '../../shared/intake/schema';
import type { Patient, PatientChange } from '../../shared/patients/schema';
import type { FlagDecision } from '../../shared/screening/schema';
import { minorToText } from '../../shared/treatments/money';
import type {
  AdverseEvent,
  AdverseEventType,
  Session,
  SessionItem,
  Technique,
} from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import type { AdverseEventRecordPayload, SessionRecordPayload } from '../treatments/stored-records';
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

/** How the record PDF names a record brought in by FHIR re-import: never as signed in this clinic. */
export const importedText = (from: Pick<ImportedFrom, 'source' | 'importedAt'>) =>
  `imported from ${from.source} on ${from.importedAt.slice(0, 10)}, not signed in this clinic`;

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
      title: `${intake.definition.title} · ${
        intake.imported
          ? importedText(intake.imported)
          : intake.status === 'signed'
            ? `signed ${intake.signedAt?.slice(0, 10)}`
            : 'draft, not signed'
      }`,
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

// ---------------------------------------------------------------- treatment sessions and adverse events

const TECHNIQUE_LABELS: Record<Technique, string> = {
  nappage: 'Nappage',
  papule: 'Papule / micro-papule',
  'point-by-point': 'Point-by-point',
  'linear-retrograde': 'Linear / retrograde',
  microneedling: 'Microneedling',
  'needle-free': 'Needle-free',
};

const AE_TYPE_LABELS: Record<AdverseEventType, string> = {
  bruising: 'Bruising or haematoma',
  swelling: 'Prolonged swelling',
  infection: 'Infection',
  allergic: 'Allergic reaction',
  nodules: 'Nodules or granulomas',
  vascular: 'Vascular occlusion or necrosis',
  hyperpigmentation: 'Hyperpigmentation',
  scarring: 'Scarring',
  panniculitis: 'Panniculitis',
  vasovagal: 'Vasovagal reaction',
  other: 'Other',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The ids of the resources a session becomes: stable, derived from the patient and the record. */
export const sessionResourceIds = (patientUid: string, sessionId: number) => ({
  encounter: derivedUuid(`encounter:${patientUid}:session:${sessionId}`),
  procedure: derivedUuid(`procedure:${patientUid}:session:${sessionId}`),
  administration: (index: number) =>
    derivedUuid(`medication-administration:${patientUid}:session:${sessionId}:${index}`),
});

/** One Medication per lot (or per product where no lot was charted) in a patient's bundle. */
const medicationId = (patientUid: string, item: Pick<SessionItem, 'lotId' | 'productId'>) =>
  derivedUuid(
    `medication:${patientUid}:${item.lotId !== null ? `lot:${item.lotId}` : `product:${item.productId}`}`,
  );

const zoneConcept = (zone: string): CodeableConcept => ({
  coding: [{ system: FHIR_SYSTEM.zone, code: zone, display: zoneLabel(zone) }],
  text: zoneLabel(zone),
});

/** The volume in ml, else the quantity in the product's unit. */
function amountText(item: SessionItem): string {
  if (item.volumeMl !== null) return `${item.volumeMl} ml`;
  if (item.quantityUsed !== null) return `${item.quantityUsed} ${item.unit}`;
  return 'amount not recorded';
}

function techniqueLines(s: Session): [string, string][] {
  const lines: [string, string][] = [];
  if (s.technique) lines.push(['Technique', TECHNIQUE_LABELS[s.technique]]);
  const needle = [
    s.needleGauge !== null ? `${s.needleGauge}G` : '',
    s.needleLengthMm !== null ? `${s.needleLengthMm} mm` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (needle) lines.push(['Needle', needle]);
  if (s.depthMm !== null) lines.push(['Depth', `${s.depthMm} mm`]);
  if (s.anaesthetic) lines.push(['Anaesthetic', s.anaestheticName || 'Yes']);
  if (s.totalVolumeMl !== null) lines.push(['Total volume', `${s.totalVolumeMl} ml`]);
  if (s.painScore !== null) lines.push(['Pain score', `${s.painScore}/10`]);
  return lines;
}

function medicationOf(item: SessionItem, id: string): Medication {
  return {
    resourceType: 'Medication',
    id,
    status: 'active',
    code: { text: item.productName },
    ...(item.ingredients.length
      ? {
          ingredient: item.ingredients.map((i) => ({
            itemCodeableConcept: { text: i.concentration ? `${i.name} ${i.concentration}` : i.name },
          })),
        }
      : {}),
    ...(item.lotNumber
      ? {
          batch: {
            lotNumber: item.lotNumber,
            ...(item.expiryDate ? { expirationDate: item.expiryDate } : {}),
          },
        }
      : {}),
  };
}

/**
 * A session as an Encounter, the Procedure performed in it and one MedicationAdministration per
 * charted item. A draft (not signed) session is exported too, clearly marked: status in-progress and a
 * "Draft, not signed" note, so nothing charted is missing from the clinic's copy of its data.
 */
function sessionResources(
  s: ExportedSession,
  patient: Patient,
  medications: Map<string, Medication>,
): Resource[] {
  const ids = sessionResourceIds(patient.uid, s.id);
  const signed = s.status === 'signed';
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: ids.encounter,
    status: signed ? 'finished' : 'in-progress',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [
      {
        text: `Mesotherapy session ${s.sequence} of ${s.plannedSessions}${signed ? '' : ' (draft, not signed)'}`,
      },
    ],
    subject: refTo(patient.uid),
    period: { start: s.date, ...(signed ? { end: s.date } : {}) },
    reasonCode: [{ text: s.indication }],
    extension: [
      { url: FHIR_SYSTEM.sessionTime, valueString: s.time },
      ...(s.stored
        ? [
            {
              url: FHIR_SYSTEM.sessionRecord,
              valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(s.stored)) },
            },
          ]
        : []),
    ],
  };
  const note: Annotation[] = [];
  const technique = techniqueLines(s);
  if (technique.length) note.push({ text: technique.map(([k, v]) => `${k}: ${v}`).join('; ') });
  if (s.reactions) note.push({ text: `Reactions: ${s.reactions}` });
  if (s.notes) note.push({ text: `Notes: ${s.notes}` });
  if (s.imported) note.push({ time: s.imported.importedAt, text: `Imported from ${s.imported.source}.` });
  else if (signed && s.signedAt) note.push({ time: s.signedAt, text: 'Signed.' });
  if (!signed) note.push({ text: 'Draft, not signed.' });
  for (const a of s.amendmentTrail) note.push({ time: a.createdAt, text: `Amendment: ${a.text}` });
  const zones = [...new Set([...s.areas, ...s.items.map((i) => i.zone)])];
  const procedure: Procedure = {
    resourceType: 'Procedure',
    id: ids.procedure,
    status: signed ? 'completed' : 'in-progress',
    code: { text: `Mesotherapy: ${s.indication}` },
    subject: refTo(patient.uid),
    encounter: refTo(ids.encounter),
    performedDateTime: s.date,
    ...(zones.length ? { bodySite: zones.map(zoneConcept) } : {}),
    ...(note.length ? { note } : {}),
  };
  const administrations = s.items.map((item, index): MedicationAdministration => {
    const medication = medicationId(patient.uid, item);
    if (!medications.has(medication)) medications.set(medication, medicationOf(item, medication));
    const dose =
      item.volumeMl !== null
        ? { value: item.volumeMl, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' }
        : item.quantityUsed !== null
          ? { value: item.quantityUsed, unit: item.unit }
          : null;
    const itemNote: Annotation[] = [];
    if (!dose) itemNote.push({ text: `Site: ${zoneLabel(item.zone)}; amount not recorded` });
    if (!dose && item.dilution) itemNote.push({ text: `Dilution: ${item.dilution}` });
    if (item.expired)
      itemNote.push({
        text: `Lot used past its expiry date: ${item.expiredOverrideReason || 'no reason given'}`,
      });
    return {
      resourceType: 'MedicationAdministration',
      id: ids.administration(index),
      partOf: [refTo(ids.procedure)],
      status: signed ? 'completed' : 'in-progress',
      medicationReference: refTo(medication, item.productName),
      subject: refTo(patient.uid),
      context: refTo(ids.encounter),
      effectiveDateTime: s.date,
      // mad-1: a dosage needs a dose (or a rate), so an item without an amount has its site in a note.
      ...(dose
        ? {
            dosage: {
              ...(item.dilution ? { text: `Dilution: ${item.dilution}` } : {}),
              site: zoneConcept(item.zone),
              dose,
            },
          }
        : {}),
      ...(itemNote.length ? { note: itemNote } : {}),
    };
  });
  return [encounter, procedure, ...administrations];
}

const sessionTitle = (s: Session) =>
  `${s.date} ${s.time} · session ${s.sequence} of ${s.plannedSessions} · ${s.indication} · ${
    s.imported
      ? importedText(s.imported)
      : s.status === 'signed'
        ? `signed ${s.signedAt?.slice(0, 10) ?? ''}`
        : 'draft, not signed'
  }`;

/** A session and, where loaded, its stored rows (carried in the Encounter so a re-import recreates it). */
type ExportedSession = Session & { stored?: SessionRecordPayload };

const sessions = mapper<ExportedSession>({
  kind: 'sessions',
  items: (r) => r.sessions.map((s) => ({ ...s, stored: r.stored?.sessions.get(s.id) })),
  fhir: (items, patient) => {
    const medications = new Map<string, Medication>();
    const resources = items.flatMap((s) => sessionResources(s, patient, medications));
    return [...medications.values(), ...resources];
  },
  csv: {
    file: 'sessions.csv',
    header: [
      'patient_number',
      'session_date',
      'session_time',
      'session_number',
      'planned_sessions',
      'indication',
      'status',
      'signed_at',
      'zone',
      'product',
      'lot',
      'expiry',
      'volume_ml',
      'quantity_used',
      'unit',
      'dilution',
      'technique',
      'needle_gauge',
      'needle_length_mm',
      'depth_mm',
      'session_price_minor',
      'currency',
      'amendments',
    ],
    rows: (s, p) => {
      const session = [
        p.number,
        s.date,
        s.time,
        s.sequence,
        s.plannedSessions,
        s.indication,
        s.status,
        s.signedAt,
      ];
      const after = [
        s.technique,
        s.needleGauge,
        s.needleLengthMm,
        s.depthMm,
        s.priceMinor,
        s.currency,
        s.amendmentTrail.length,
      ];
      if (!s.items.length) return [[...session, null, null, null, null, null, null, null, null, ...after]];
      return s.items.map((i) => [
        ...session,
        i.zone,
        i.productName,
        i.lotNumber,
        i.expiryDate,
        i.volumeMl,
        i.quantityUsed,
        i.unit,
        i.dilution,
        ...after,
      ]);
    },
  },
  pdf: (items) => ({
    heading: 'Treatment sessions',
    empty: 'No treatment sessions.',
    entries: items.map((s) => ({
      title: sessionTitle(s),
      lines: [
        ['Areas', s.areas.map(zoneLabel).join(', ') || '—'],
        ...techniqueLines(s),
        ...s.items.map((i): [string, string] => [
          zoneLabel(i.zone),
          [
            i.productName,
            i.lotNumber ? `lot ${i.lotNumber}${i.expiryDate ? ` (exp. ${i.expiryDate})` : ''}` : 'no lot',
            amountText(i),
            i.dilution ? `dilution ${i.dilution}` : '',
            i.expired ? `expired lot: ${i.expiredOverrideReason}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ]),
        ...(s.reactions ? [['Reactions', s.reactions] as [string, string]] : []),
        ...(s.notes ? [['Notes', s.notes] as [string, string]] : []),
        ...(s.priceMinor !== null
          ? [['Price', `${minorToText(s.priceMinor, s.currency)} ${s.currency}`] as [string, string]]
          : []),
        ...s.amendmentTrail.map((a): [string, string] => [
          `Amendment ${instant(a.createdAt)}${a.imported ? ` (${importedText(a.imported)})` : ''}`,
          a.text,
        ]),
      ],
    })),
  }),
});

/** An adverse event with the session it followed and the lots any exported session used. */
export interface AdverseEventEntry {
  event: AdverseEvent;
  session: Session | null;
  lotsInBundle: ReadonlySet<number>;
  stored?: AdverseEventRecordPayload;
}

function suspects(entry: AdverseEventEntry, patient: Patient): { instance: Reference }[] {
  const { event, session } = entry;
  const found: { instance: Reference }[] = [];
  const ids = session ? sessionResourceIds(patient.uid, session.id) : null;
  event.lotIds.forEach((lotId, n) => {
    const lotNumber = event.lotNumbers[n] ?? String(lotId);
    const given = session && ids ? session.items.flatMap((item, i) => (item.lotId === lotId ? [i] : [])) : [];
    if (ids && given.length) {
      for (const i of given) found.push({ instance: refTo(ids.administration(i), `Lot ${lotNumber}`) });
    } else if (entry.lotsInBundle.has(lotId)) {
      found.push({ instance: refTo(medicationId(patient.uid, { lotId, productId: 0 }), `Lot ${lotNumber}`) });
    } else {
      found.push({ instance: { display: `Lot ${lotNumber}` } });
    }
  });
  if (!found.length && ids) found.push({ instance: refTo(ids.procedure) });
  return found;
}

const adverseEvents = mapper<AdverseEventEntry>({
  kind: 'adverseEvents',
  items: (r) => {
    const lotsInBundle = new Set(
      r.sessions.flatMap((s) => s.items.flatMap((i) => (i.lotId ? [i.lotId] : []))),
    );
    return r.adverseEvents.map((event) => ({
      event,
      session: r.sessions.find((s) => s.id === event.sessionId) ?? null,
      lotsInBundle,
      stored: r.stored?.adverseEvents.get(event.id),
    }));
  },
  fhir: (items, patient) =>
    items.map((entry): FhirAdverseEvent => {
      const { event: e, session } = entry;
      const extension: NonNullable<FhirAdverseEvent['extension']> = [
        { url: FHIR_SYSTEM.adverseEventDescription, valueString: e.description },
      ];
      if (e.actionTaken) extension.push({ url: FHIR_SYSTEM.adverseEventAction, valueString: e.actionTaken });
      for (const date of e.followUpDates)
        extension.push({ url: FHIR_SYSTEM.adverseEventFollowUp, valueDate: date });
      if (e.resolvedDate)
        extension.push({ url: FHIR_SYSTEM.adverseEventResolved, valueDate: e.resolvedDate });
      if (entry.stored)
        extension.push({
          url: FHIR_SYSTEM.adverseEventRecord,
          valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(entry.stored)) },
        });
      const suspectEntity = suspects(entry, patient);
      return {
        resourceType: 'AdverseEvent',
        id: derivedUuid(`adverse-event:${patient.uid}:${e.id}`),
        actuality: 'actual',
        event: {
          coding: [{ system: FHIR_SYSTEM.adverseEventType, code: e.type, display: AE_TYPE_LABELS[e.type] }],
          text: AE_TYPE_LABELS[e.type],
        },
        subject: refTo(patient.uid),
        ...(session ? { encounter: refTo(sessionResourceIds(patient.uid, session.id).encounter) } : {}),
        date: e.onsetDate,
        recordedDate: e.createdAt,
        severity: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity',
              code: e.severity,
              display: capitalised(e.severity),
            },
          ],
        },
        outcome: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/adverse-event-outcome',
              code: e.resolvedDate ? 'resolved' : 'ongoing',
              display: e.resolvedDate ? 'Resolved' : 'Ongoing',
            },
          ],
        },
        ...(suspectEntity.length ? { suspectEntity } : {}),
        extension,
      };
    }),
  csv: {
    file: 'adverse-events.csv',
    header: [
      'patient_number',
      'onset_date',
      'type',
      'severity',
      'description',
      'action_taken',
      'follow_up_dates',
      'resolved_date',
      'session_date',
      'session_number',
      'lot_numbers',
      'recorded_at',
    ],
    rows: ({ event: e, session }, p) => [
      [
        p.number,
        e.onsetDate,
        e.type,
        e.severity,
        e.description,
        e.actionTaken,
        e.followUpDates.join(';'),
        e.resolvedDate,
        session?.date,
        session?.sequence,
        e.lotNumbers.join(';'),
        e.createdAt,
      ],
    ],
  },
  pdf: (items) => ({
    heading: 'Adverse events',
    empty: 'No adverse events recorded.',
    entries: items.map(({ event: e, session }) => ({
      title: `${e.onsetDate} · ${AE_TYPE_LABELS[e.type]} · ${e.severity}`,
      lines: [
        ['Description', e.description],
        ...(e.actionTaken ? [['Action taken', e.actionTaken] as [string, string]] : []),
        ...(session
          ? [
              ['Session', `${session.date} · session ${session.sequence} of ${session.plannedSessions}`] as [
                string,
                string,
              ],
            ]
          : []),
        ...(e.lotNumbers.length ? [['Lots', e.lotNumbers.join(', ')] as [string, string]] : []),
        ...(e.followUpDates.length ? [['Follow-ups', e.followUpDates.join(', ')] as [string, string]] : []),
        ['Resolved', e.resolvedDate ?? 'Not resolved'],
      ],
    })),
  }),
});

/** Every record type linked to a patient, in the order they appear in the exports. */
export const RECORD_MAPPERS: readonly RecordMapper<unknown>[] = [
  intakes,
  decisions,
  sessions,
  adverseEvents,
  documents,
  changes,
];
