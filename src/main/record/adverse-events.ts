import type { AdverseEvent as FhirAdverseEvent, Reference } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import { ADVERSE_EVENT_TYPE_LABELS_EN } from '../../shared/treatments/labels';
import type { AdverseEvent, Session } from '../../shared/treatments/schema';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import type { AdverseEventRecordPayload } from '../treatments/stored-records';
import { b64, derivedUuid } from './export-text';
import { eraseChildRows, erasePatientRows, mapper, type PatientRecordKind } from './kind';
import { medicationId, sessionResourceIds } from './session-resources';
import { storedRecordImport } from './stored-record-import';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
    if (!r.adverseEvents.length) return [];
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
          coding: [
            {
              system: FHIR_SYSTEM.adverseEventType,
              code: e.type,
              display: ADVERSE_EVENT_TYPE_LABELS_EN[e.type],
            },
          ],
          text: ADVERSE_EVENT_TYPE_LABELS_EN[e.type],
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
      title: `${e.onsetDate} · ${ADVERSE_EVENT_TYPE_LABELS_EN[e.type]} · ${e.severity}`,
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

export const adverseEventRecords: PatientRecordKind = {
  table: 'adverse_events',
  timeline: {
    kind: 'adverse-event',
    select: `SELECT 'adverse-event', id, onset_date,
      CASE WHEN substr(created_at, 1, 10) = onset_date THEN created_at ELSE onset_date || 'T12:00:00.000Z' END,
      type, session_id, NULL, NULL, NULL
    FROM adverse_events WHERE patient_id = @patientId`,
  },
  export: adverseEvents,
  fhirImport: storedRecordImport<AdverseEventRecordPayload>(
    'AdverseEvent',
    FHIR_SYSTEM.adverseEventRecord,
    'mesodesk.adverse-event-record/1',
    (importers, payload, patientId) => importers.treatments.adverseEvent(payload, patientId),
  ),
  erasure: [
    eraseChildRows('adverseEventLots', 'adverse_event_lots', 'adverse_event_id', 'adverse_events'),
    erasePatientRows('adverseEvents', 'adverse_events'),
  ],
};
