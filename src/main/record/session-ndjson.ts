import type { Patient } from '../../shared/patients/schema';
import { DAY_CHECK_DEFINITIONS } from '../../shared/screening/day-check';
import type { SessionItem } from '../../shared/treatments/schema';
import { FHIR_SYSTEM } from '../exports/fhir';
import { b64 } from './export-text';
import { questionnaireItems } from './intakes';
import type { NdjsonLines } from './kind';
import {
  type ExportedSession,
  encounterTypeText,
  itemDose,
  itemNotes,
  lotQuarantined,
  medicationId,
  medicationOf,
  perDayCheckAnswers,
  procedureNotes,
  sessionResourceIds,
  sessionZones,
  zoneConcept,
} from './session-resources';

/*
 * A patient's sessions as the lines of the bulk NDJSON files, written as text: the same resources as
 * sessionResources (session-resources.ts) after the bulk export's reference rewriting, byte for byte
 * (tests/unit/session-ndjson.test.ts holds the two together). The whole-clinic export writes a hundred
 * thousand sessions: JSON.stringify walking each resource's objects, and the rewriting of its
 * references after, cost about three times the rest of the session's resources. The fixed parts of
 * each resource are written once here; what varies goes through JSON.stringify.
 */

const json = JSON.stringify;

/** The first of a resource's lines: its type and id. */
const head = (type: string, id: string) => `{"resourceType":"${type}","id":"${id}"`;
const ref = (type: string, id: string) => `{"reference":"${type}/${id}"}`;

const CLASS = json({
  system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  code: 'AMB',
  display: 'ambulatory',
});
const TIME_EXTENSION = `{"url":"${FHIR_SYSTEM.sessionTime}","valueString":`;
const RECORD_EXTENSION = `{"url":"${FHIR_SYSTEM.sessionRecord}","valueAttachment":{"contentType":"application/json","data":"`;

/** A zone's CodeableConcept as JSON, worked out once per zone (a clinic charts a few dozen). */
const zoneJson = new Map<string, string>();
function zoneText(zone: string): string {
  let text = zoneJson.get(zone);
  if (text === undefined) {
    text = json(zoneConcept(zone));
    zoneJson.set(zone, text);
  }
  return text;
}

/** The day check's answers as QuestionnaireResponse items (JSON). */
const dayCheckItemsText = perDayCheckAnswers((version, answers) => {
  const definition = DAY_CHECK_DEFINITIONS[version];
  if (!definition) throw new Error(`day check version ${version} unknown`);
  return json(questionnaireItems(definition, answers));
});

function encounterLine(s: ExportedSession, patientUid: string, id: string): string {
  const signed = s.status === 'signed';
  const period = `{"start":${json(s.date)}${signed ? `,"end":${json(s.date)}` : ''}}`;
  const record = s.stored ? `,${RECORD_EXTENSION}${b64(json(s.stored))}"}}` : '';
  return `${head('Encounter', id)},"status":"${signed ? 'finished' : 'in-progress'}","class":${CLASS},"type":[{"text":${json(encounterTypeText(s))}}],"subject":${ref('Patient', patientUid)},"period":${period},"reasonCode":[{"text":${json(s.indication)}}],"extension":[${TIME_EXTENSION}${json(s.time)}}${record}]}\n`;
}

function procedureLine(
  s: ExportedSession,
  patientUid: string,
  ids: { procedure: string; encounter: string },
) {
  const zones = sessionZones(s);
  const note = procedureNotes(s);
  const bodySite = zones.length ? `,"bodySite":[${zones.map(zoneText).join(',')}]` : '';
  const notes = note.length ? `,"note":${json(note)}` : '';
  return `${head('Procedure', ids.procedure)},"status":"${s.status === 'signed' ? 'completed' : 'in-progress'}","code":{"text":${json(`Mesotherapy: ${s.indication}`)}},"subject":${ref('Patient', patientUid)},"encounter":${ref('Encounter', ids.encounter)},"performedDateTime":${json(s.date)}${bodySite}${notes}}\n`;
}

function administrationLine(
  s: ExportedSession,
  item: SessionItem,
  patientUid: string,
  id: string,
  ids: { procedure: string; encounter: string },
  medication: string,
): string {
  const dose = itemDose(item);
  const note = itemNotes(item, dose);
  const display = item.productName ? `,"display":${json(item.productName)}` : '';
  const dosage = dose
    ? `,"dosage":{${item.dilution ? `"text":${json(`Dilution: ${item.dilution}`)},` : ''}"site":${zoneText(item.zone)},"dose":${json(dose)}}`
    : '';
  const notes = note.length ? `,"note":${json(note)}` : '';
  return `${head('MedicationAdministration', id)},"partOf":[${ref('Procedure', ids.procedure)}],"status":"${s.status === 'signed' ? 'completed' : 'in-progress'}","medicationReference":{"reference":"Medication/${medication}"${display}},"subject":${ref('Patient', patientUid)},"context":${ref('Encounter', ids.encounter)},"effectiveDateTime":${json(s.date)}${dosage}${notes}}\n`;
}

function dayCheckLine(s: ExportedSession, patientUid: string, id: string, encounter: string): string | null {
  const check = s.dayCheck;
  if (!check || !DAY_CHECK_DEFINITIONS[check.version]) return null;
  return `${head('QuestionnaireResponse', id)},"questionnaire":${json(`https://mesodesk.app/fhir/Questionnaire/day-check-v${check.version}`)},"status":"completed","subject":${ref('Patient', patientUid)},"encounter":${ref('Encounter', encounter)},"authored":${json(check.answeredAt)},"item":${dayCheckItemsText(check)}}\n`;
}

/**
 * What the text above takes for granted of a session, else its resources go the general way
 * (objects, JSON.stringify, references rewritten): every value it writes unquoted or unchecked is
 * what the session's type says it is.
 */
function plainSession(s: ExportedSession): boolean {
  return (
    typeof s.date === 'string' &&
    typeof s.time === 'string' &&
    typeof s.indication === 'string' &&
    s.items.every(
      (i) =>
        typeof i.zone === 'string' &&
        typeof i.productName === 'string' &&
        (i.volumeMl === null || typeof i.volumeMl === 'number') &&
        (i.quantityUsed === null || typeof i.quantityUsed === 'number'),
    ) &&
    (!s.dayCheck || typeof s.dayCheck.answeredAt === 'string')
  );
}

/**
 * A patient's sessions as NDJSON lines: the Medications (one per lot or product, in order of first
 * use), and per session its Encounter, Procedure, MedicationAdministrations and day-check
 * QuestionnaireResponse. False, writing nothing, when a session is not plain (see plainSession): the
 * caller then writes them through sessionResources.
 */
export function sessionNdjson(items: ExportedSession[], patient: Patient, out: NdjsonLines): boolean {
  const uid = patient.uid;
  // References are written as they are: an id that JSON would escape goes the general way.
  if (json(uid) !== `"${uid}"` || !items.every(plainSession)) return false;
  // The Medications first, as sessionResources's caller lists them (the files open in that order).
  const medications = new Set<string>();
  const idOf = new Map<string, string>();
  const given = items.map((s) =>
    s.items.map((item) => {
      // The same lot recurs from session to session: its id (a hash) is worked out once.
      const key = item.lotId !== null ? `lot:${item.lotId}` : `product:${item.productId}`;
      const medication = idOf.get(key) ?? medicationId(uid, item);
      idOf.set(key, medication);
      if (!medications.has(medication)) {
        medications.add(medication);
        const resource = medicationOf(item, medication, lotQuarantined(s, item) === true);
        out('Medication', medication, `${json(resource)}\n`);
      }
      return medication;
    }),
  );
  items.forEach((s, n) => {
    const ids = sessionResourceIds(uid, s.id);
    out('Encounter', ids.encounter, encounterLine(s, uid, ids.encounter));
    out('Procedure', ids.procedure, procedureLine(s, uid, ids));
    s.items.forEach((item, index) => {
      const id = ids.administration(index);
      out(
        'MedicationAdministration',
        id,
        administrationLine(s, item, uid, id, ids, given[n]?.[index] as string),
      );
    });
    const dayCheck = dayCheckLine(s, uid, ids.dayCheck, ids.encounter);
    if (dayCheck) out('QuestionnaireResponse', ids.dayCheck, dayCheck);
  });
  return true;
}
