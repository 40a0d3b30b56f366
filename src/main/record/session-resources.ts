import type {
  Annotation,
  CodeableConcept,
  Encounter,
  Medication,
  MedicationAdministration,
  Procedure,
  Quantity,
  QuestionnaireResponse,
  Resource,
} from '../../shared/fhir/r4';
import { allQuestions } from '../../shared/intake/definitions';
import { answerText } from '../../shared/intake/display';
import type { Answers } from '../../shared/intake/types';
import type { Patient } from '../../shared/patients/schema';
import { DAY_CHECK_DEFINITIONS, type DayCheck } from '../../shared/screening/day-check';
import { TECHNIQUE_LABELS_EN } from '../../shared/treatments/labels';
import type { Session, SessionItem } from '../../shared/treatments/schema';
import { itemsVolume, totalDisagrees } from '../../shared/treatments/volume';
import { zoneLabel } from '../../shared/treatments/zones';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import type { SessionRecordPayload } from '../treatments/stored-records';
import { b64, derivedUuid, instant } from './export-text';
import { questionnaireItems } from './intakes';

/** A session and, where loaded, its stored rows (carried in the Encounter so a re-import recreates it). */
export type ExportedSession = Session & { stored?: SessionRecordPayload };

/** The ids of the resources a session becomes: stable, derived from the patient and the record. */
export const sessionResourceIds = (patientUid: string, sessionId: number) => ({
  encounter: derivedUuid(`encounter:${patientUid}:session:${sessionId}`),
  procedure: derivedUuid(`procedure:${patientUid}:session:${sessionId}`),
  dayCheck: derivedUuid(`questionnaire-response:${patientUid}:session:${sessionId}:day-check`),
  administration: (index: number) =>
    derivedUuid(`medication-administration:${patientUid}:session:${sessionId}:${index}`),
});

/** One Medication per lot (or per product where no lot was charted) in a patient's bundle. */
export const medicationId = (patientUid: string, item: Pick<SessionItem, 'lotId' | 'productId'>) =>
  derivedUuid(
    `medication:${patientUid}:${item.lotId !== null ? `lot:${item.lotId}` : `product:${item.productId}`}`,
  );

export const zoneConcept = (zone: string): CodeableConcept => ({
  coding: [{ system: FHIR_SYSTEM.zone, code: zone, display: zoneLabel(zone) }],
  text: zoneLabel(zone),
});

/** The volume in ml, else the quantity in the product's unit. */
export function amountText(item: SessionItem): string {
  if (item.volumeMl !== null) return `${item.volumeMl} ml`;
  if (item.quantityUsed !== null) return `${item.quantityUsed} ${item.unit}`;
  return 'amount not recorded';
}

export function techniqueLines(s: Session): [string, string][] {
  const lines: [string, string][] = [];
  if (s.technique) lines.push(['Technique', TECHNIQUE_LABELS_EN[s.technique]]);
  const needle = [
    s.needleGauge !== null ? `${s.needleGauge}G` : '',
    s.needleLengthMm !== null ? `${s.needleLengthMm} mm` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (needle) lines.push(['Needle', needle]);
  if (s.depthMm !== null) lines.push(['Depth', `${s.depthMm} mm`]);
  if (s.anaesthetic) lines.push(['Anaesthetic', s.anaestheticName || 'Yes']);
  if (s.antiseptic) lines.push(['Antiseptic', s.antiseptic]);
  if (s.totalVolumeMl !== null) {
    const override = totalDisagrees(s.totalVolumeMl, s.items)
      ? ` (entered by the practitioner; the products add up to ${itemsVolume(s.items)} ml)`
      : '';
    lines.push(['Total volume', `${s.totalVolumeMl} ml${override}`]);
  }
  if (s.painScore !== null) lines.push(['Pain score', `${s.painScore}/10`]);
  return lines;
}

/**
 * A value worked out from a day check's version and answers, kept for the next session with the same
 * answers (most day checks are answered alike): the whole-clinic export writes one per session.
 */
export function perDayCheckAnswers<T>(
  work: (version: number, answers: Answers) => T,
): (check: DayCheck) => T {
  const kept = new Map<string, T>();
  return ({ version, answers }) => {
    const key = `${version}\u0000${JSON.stringify(answers)}`;
    let value = kept.get(key);
    if (value === undefined) {
      value = work(version, answers);
      if (kept.size >= 1000) kept.clear();
      kept.set(key, value);
    }
    return value;
  };
}

const answerLines = perDayCheckAnswers((version, answers): [string, string][] => {
  const definition = DAY_CHECK_DEFINITIONS[version];
  if (!definition) return [];
  return allQuestions(definition)
    .filter((q) => answers[q.id] !== undefined)
    .map((q): [string, string] => [q.text, answerText(definition, q, answers[q.id] as string | string[])]);
});

/** The day-of-treatment check as question/answer lines, headed by when it was answered. */
export function dayCheckLines(s: Session): [string, string][] {
  const definition = s.dayCheck && DAY_CHECK_DEFINITIONS[s.dayCheck.version];
  if (!s.dayCheck || !definition) return [['Day check', 'not recorded']];
  return [['Day check', `answered ${instant(s.dayCheck.answeredAt)}`], ...answerLines(s.dayCheck)];
}

export function dayCheckResponse(
  s: Session,
  patient: Patient,
  id: string,
  encounter: string,
): QuestionnaireResponse[] {
  const definition = s.dayCheck && DAY_CHECK_DEFINITIONS[s.dayCheck.version];
  if (!s.dayCheck || !definition) return [];
  return [
    {
      resourceType: 'QuestionnaireResponse',
      id,
      questionnaire: `https://mesodesk.app/fhir/Questionnaire/day-check-v${s.dayCheck.version}`,
      status: 'completed',
      subject: refTo(patient.uid),
      encounter: refTo(encounter),
      authored: s.dayCheck.answeredAt,
      item: questionnaireItems(definition, s.dayCheck.answers),
    },
  ];
}

/** Whether the item's lot is set aside (quarantined) as its stored row says; null where no lot was charted. */
export function lotQuarantined(s: ExportedSession, item: SessionItem): boolean | null {
  if (item.lotId === null) return null;
  return s.stored?.items.some((i) => i.lot?.id === item.lotId && i.lot.quarantined === true) ?? false;
}

/** A lot set aside is an inactive Medication ("not available for use"), flagged in our extension too. */
export function medicationOf(item: SessionItem, id: string, quarantined: boolean): Medication {
  return {
    resourceType: 'Medication',
    id,
    status: quarantined ? 'inactive' : 'active',
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
    ...(quarantined ? { extension: [{ url: FHIR_SYSTEM.lotQuarantined, valueBoolean: true }] } : {}),
  };
}

/** The Encounter's type text: which session of the course, and a draft said so. */
export const encounterTypeText = (s: Session) =>
  `Mesotherapy session ${s.sequence} of ${s.plannedSessions}${s.status === 'signed' ? '' : ' (draft, not signed)'}`;

/** The Procedure's notes: technique, reactions, notes, how it was signed (or imported) and its amendments. */
export function procedureNotes(s: Session): Annotation[] {
  const signed = s.status === 'signed';
  const note: Annotation[] = [];
  const technique = techniqueLines(s);
  if (technique.length) note.push({ text: technique.map(([k, v]) => `${k}: ${v}`).join('; ') });
  if (s.reactions) note.push({ text: `Reactions: ${s.reactions}` });
  if (s.notes) note.push({ text: `Notes: ${s.notes}` });
  if (s.imported) note.push({ time: s.imported.importedAt, text: `Imported from ${s.imported.source}.` });
  else if (signed && s.signedAt) note.push({ time: s.signedAt, text: 'Signed.' });
  if (!signed) note.push({ text: 'Draft, not signed.' });
  for (const a of s.amendmentTrail) note.push({ time: a.createdAt, text: `Amendment: ${a.text}` });
  return note;
}

/** The zones treated: the areas charted, then any other zone an item was given in. */
export const sessionZones = (s: Session): string[] => [
  ...new Set([...s.areas, ...s.items.map((i) => i.zone)]),
];

/** An item's dose: its volume in mL, else its quantity in the product's unit, else none. */
export function itemDose(item: SessionItem): Quantity | null {
  if (item.volumeMl !== null)
    return { value: item.volumeMl, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' };
  if (item.quantityUsed !== null) return { value: item.quantityUsed, unit: item.unit };
  return null;
}

/** What an administration says in notes: the site and dilution when there is no dose, an expired lot's reason. */
export function itemNotes(item: SessionItem, dose: Quantity | null): Annotation[] {
  const itemNote: Annotation[] = [];
  if (!dose) itemNote.push({ text: `Site: ${zoneLabel(item.zone)}; amount not recorded` });
  if (!dose && item.dilution) itemNote.push({ text: `Dilution: ${item.dilution}` });
  if (item.expired)
    itemNote.push({
      text: `Lot used past its expiry date: ${item.expiredOverrideReason || 'no reason given'}`,
    });
  return itemNote;
}

/**
 * A session as an Encounter, the Procedure performed in it and one MedicationAdministration per
 * charted item. A draft (not signed) session is exported too, clearly marked: status in-progress and a
 * "Draft, not signed" note, so nothing charted is missing from the clinic's copy of its data.
 * session-ndjson.ts writes the same resources as bulk NDJSON text (tests/unit/session-ndjson.test.ts).
 */
export function sessionResources(
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
    type: [{ text: encounterTypeText(s) }],
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
  const note = procedureNotes(s);
  const zones = sessionZones(s);
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
    if (!medications.has(medication))
      medications.set(medication, medicationOf(item, medication, lotQuarantined(s, item) === true));
    const dose = itemDose(item);
    const itemNote = itemNotes(item, dose);
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
  return [
    encounter,
    procedure,
    ...administrations,
    ...dayCheckResponse(s, patient, ids.dayCheck, ids.encounter),
  ];
}
