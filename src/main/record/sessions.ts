import type { Medication } from '../../shared/fhir/r4';
import { minorToText } from '../../shared/treatments/money';
import type { Session } from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import { FHIR_SYSTEM } from '../exports/fhir';
import type { SessionRecordPayload } from '../treatments/stored-records';
import { importedText, instant } from './export-text';
import { eraseChildRows, erasePatientRows, mapper, type PatientRecordKind } from './kind';
import { sessionNdjson } from './session-ndjson';
import {
  amountText,
  dayCheckLines,
  type ExportedSession,
  lotQuarantined,
  sessionResources,
  techniqueLines,
} from './session-resources';
import { storedRecordImport } from './stored-record-import';

const yesNo = (flag: boolean | null) => (flag === null ? null : flag ? 'yes' : 'no');

const sessionTitle = (s: Session) =>
  `${s.date} ${s.time} · session ${s.sequence} of ${s.plannedSessions} · ${s.indication} · ${
    s.imported
      ? importedText(s.imported)
      : s.status === 'signed'
        ? `signed ${s.signedAt?.slice(0, 10) ?? ''}`
        : 'draft, not signed'
  }`;

const sessions = mapper<ExportedSession>({
  kind: 'sessions',
  items: (r) => r.sessions.map((s) => ({ ...s, stored: r.stored?.sessions.get(s.id) })),
  fhir: (items, patient) => {
    const medications = new Map<string, Medication>();
    const resources = items.flatMap((s) => sessionResources(s, patient, medications));
    return [...medications.values(), ...resources];
  },
  ndjson: sessionNdjson,
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
      'lot_quarantined',
      'volume_ml',
      'quantity_used',
      'unit',
      'dilution',
      'technique',
      'needle_gauge',
      'needle_length_mm',
      'depth_mm',
      'antiseptic',
      'day_check',
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
        s.antiseptic ?? '',
        s.dayCheck
          ? dayCheckLines(s)
              .map(([q, a]) => `${q}: ${a}`)
              .join(' | ')
          : '',
        s.priceMinor,
        s.currency,
        s.amendmentTrail.length,
      ];
      if (!s.items.length) return [[...session, ...Array<null>(9).fill(null), ...after]];
      return s.items.map((i) => [
        ...session,
        i.zone,
        i.productName,
        i.lotNumber,
        i.expiryDate,
        yesNo(lotQuarantined(s, i)),
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
        ...dayCheckLines(s),
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

/** A session's place in the timeline (columns of sessions): its date and time, and how it sorts that day. */
export const SESSION_TIMELINE_AT = `s.performed_on || 'T' || s.performed_time`;
export const SESSION_TIMELINE_SORT_AT = `CASE WHEN substr(COALESCE(s.signed_at, s.updated_at), 1, 10) = s.performed_on
        THEN COALESCE(s.signed_at, s.updated_at) ELSE s.performed_on || 'T' || s.performed_time || ':00.000Z' END`;

export const sessionRecords: PatientRecordKind = {
  table: 'sessions',
  timeline: {
    kind: 'session',
    select: `SELECT 'session', id, ${SESSION_TIMELINE_AT}, ${SESSION_TIMELINE_SORT_AT}, status, course_id, sequence,
      NULL, NULL
    FROM sessions s WHERE patient_id = @patientId`,
  },
  export: sessions,
  fhirImport: storedRecordImport<SessionRecordPayload>(
    'Encounter',
    FHIR_SYSTEM.sessionRecord,
    'mesodesk.session-record/1',
    (importers, payload, patientId) => importers.treatments.session(payload, patientId),
  ),
  erasure: [
    eraseChildRows('sessionItems', 'session_items', 'session_id', 'sessions'),
    // Stock used stays used: lots keep their counters, the product really left the shelf.
    erasePatientRows('sessions', 'sessions'),
  ],
};
