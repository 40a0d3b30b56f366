import type { Appointment as FhirAppointment, Patient as FhirPatient } from '../../shared/fhir/r4';
import type { ContactPreferenceRecord } from '../diary/contact';
import type { AppointmentRecord, RecallReminderRecord } from '../diary/records';
import { FHIR_SYSTEM, refTo } from '../exports/fhir';
import { b64, derivedUuid, instant } from './export-text';
import {
  erasePatientRows,
  exportedOnly,
  listMapper,
  type PatientRecordKind,
  partOfOtherRecords,
} from './kind';
import { sessionResourceIds } from './session-resources';
import { storedRecordImport } from './stored-record-import';

const FHIR_STATUS: Record<AppointmentRecord['status'], FhirAppointment['status']> = {
  booked: 'booked',
  arrived: 'arrived',
  done: 'fulfilled',
  cancelled: 'cancelled',
  'no-show': 'noshow',
};

const TYPE_LABELS: Record<AppointmentRecord['type'], string> = {
  consultation: 'Consultation',
  treatment: 'Treatment',
  review: 'Review',
  'touch-up': 'Touch-up',
};

const sessionOfN = (a: AppointmentRecord) =>
  a.sessionNumber ? `session ${a.sessionNumber}${a.plannedSessions ? ` of ${a.plannedSessions}` : ''}` : null;

const appointments = listMapper('appointments', {
  fhir: (items, patient) =>
    items.map(
      (a): FhirAppointment => ({
        resourceType: 'Appointment',
        id: derivedUuid(`appointment:${a.uid}`),
        status: FHIR_STATUS[a.status],
        ...(a.cancelReason ? { cancelationReason: { text: a.cancelReason } } : {}),
        appointmentType: {
          coding: [{ system: FHIR_SYSTEM.appointmentType, code: a.type, display: TYPE_LABELS[a.type] }],
          text: TYPE_LABELS[a.type],
        },
        ...(a.indication ? { description: [a.indication, sessionOfN(a)].filter(Boolean).join(', ') } : {}),
        start: a.startsAt,
        end: a.endsAt,
        minutesDuration: a.durationMin,
        created: a.createdAt,
        ...(a.note ? { comment: a.note } : {}),
        participant: [{ actor: refTo(patient.uid), status: 'accepted' }],
        extension: [
          {
            url: FHIR_SYSTEM.appointmentRecord,
            valueAttachment: { contentType: 'application/json', data: b64(JSON.stringify(a)) },
          },
        ],
        ...(a.sessionUid && a.sessionId
          ? {
              supportingInformation: [
                refTo(sessionResourceIds(patient.uid, a.sessionId as number).encounter),
              ],
            }
          : {}),
      }),
    ),
  csv: {
    file: 'appointments.csv',
    header: [
      'patient_number',
      'date',
      'time',
      'time_zone',
      'starts_at_utc',
      'duration_min',
      'type',
      'status',
      'cancel_reason',
      'indication',
      'session_number',
      'planned_sessions',
      'note',
      'reminders',
    ],
    rows: (a, p) => [
      [
        p.number,
        a.date,
        a.time,
        a.timeZone,
        a.startsAt,
        a.durationMin,
        a.type,
        a.status,
        a.cancelReason,
        a.indication,
        a.sessionNumber,
        a.plannedSessions,
        a.note,
        a.reminders.map((m) => `${m.sentAt} ${m.channel}`).join(';'),
      ],
    ],
  },
  pdf: (items) => ({
    heading: 'Appointments',
    empty: 'No appointments recorded.',
    entries: items.map((a) => ({
      title: `${a.date} ${a.time} (${a.timeZone}) · ${TYPE_LABELS[a.type]} · ${a.status}`,
      lines: [
        ['Duration', `${a.durationMin} min`],
        ...(a.indication
          ? [['Course', [a.indication, sessionOfN(a)].filter(Boolean).join(', ')] as [string, string]]
          : []),
        ...(a.cancelReason ? [['Cancelled because', a.cancelReason] as [string, string]] : []),
        ...(a.note ? [['Note', a.note] as [string, string]] : []),
        ...a.reminders.map((m): [string, string] => [
          'Reminder sent',
          `${instant(m.sentAt)} by ${m.channel}`,
        ]),
      ],
    })),
  }),
});

export const appointmentRecords: PatientRecordKind = {
  table: 'appointments',
  timeline: {
    kind: 'appointment',
    select: `SELECT 'appointment', id, starts_at, starts_at, status, session_id, session_number, NULL, NULL
    FROM appointments WHERE patient_id = @patientId`,
  },
  export: appointments,
  fhirImport: storedRecordImport<AppointmentRecord>(
    'Appointment',
    FHIR_SYSTEM.appointmentRecord,
    'mesodesk.appointment-record/1',
    (importers, payload, patientId) =>
      importers.diary.appointment(
        payload,
        patientId,
        payload.course ? importers.treatments.course(payload.course, patientId) : null,
      ),
  ),
  erasure: [erasePatientRows('appointments', 'appointments')],
};

/** A reminder sent for an appointment. */
export const reminderRecords = partOfOtherRecords('appointment_reminders', 'reminders', {
  timeline: 'shown with its appointment',
  export: 'exported with its appointment',
  fhirImport: 're-imported with its appointment',
});

const recallReminders = listMapper('recallReminders', {
  csv: {
    file: 'recall-reminders.csv',
    header: ['patient_number', 'course', 'session_number', 'due_date', 'channel', 'sent_at', 'sent_by'],
    rows: (r: RecallReminderRecord, p) => [
      [p.number, r.indication, r.sessionNumber, r.dueDate, r.channel, r.sentAt, r.sentBy],
    ],
  },
  pdf: (items) => ({
    heading: 'Recall reminders',
    empty: 'No recall reminder sent.',
    entries: items.map((r) => ({
      title: `${r.indication ?? 'Course'}, session ${r.sessionNumber} due ${r.dueDate}`,
      lines: [['Reminder sent', `${instant(r.sentAt)} by ${r.channel} (${r.sentBy})`]],
    })),
  }),
});

/** A reminder sent for a due recall (a course's next session, nothing booked). */
export const recallReminderRecords = exportedOnly('recall_reminders', 'recallReminders', recallReminders, {
  timeline: 'a message sent, not a clinical event',
  fhirImport: "a log of this clinic's messages; a re-imported due recall is listed again",
});

const CHANNEL_LABELS: Record<ContactPreferenceRecord['channel'], string> = {
  ics: 'Calendar invitation',
  email: 'Email',
  text: 'Text message',
};

/** The telecom system a reminder channel goes through: an invitation is emailed, a text is sent to the phone. */
const TELECOM_OF: Record<ContactPreferenceRecord['channel'], 'email' | 'phone'> = {
  ics: 'email',
  email: 'email',
  text: 'phone',
};

const contactPreferences = listMapper('contactPreferences', {
  /**
   * FHIR R4 has an element for the preferred way to reach someone, ContactPoint.rank (1 = most preferred),
   * but none for the consent to reminders or an .ics channel: those go in our reminder-preference extension.
   */
  patientFhir: ([c], resource) => {
    if (!c) return;
    const preferred = resource.telecom?.find((t) => t.system === TELECOM_OF[c.channel]);
    if (preferred) preferred.rank = 1;
    resource.extension = [
      ...(resource.extension ?? []),
      {
        url: FHIR_SYSTEM.reminderPreference,
        extension: [
          { url: 'channel', valueCode: c.channel },
          { url: 'consent', valueBoolean: c.consent },
          ...(c.consentRecordedAt ? [{ url: 'consentRecordedAt', valueDateTime: c.consentRecordedAt }] : []),
          { url: 'updatedAt', valueDateTime: c.updatedAt },
        ],
      },
    ];
  },
  csv: {
    file: 'contact-preferences.csv',
    header: ['patient_number', 'channel', 'consent_to_contact', 'consent_recorded_at', 'updated_at'],
    rows: (c, p) => [[p.number, c.channel, c.consent ? 'yes' : 'no', c.consentRecordedAt, c.updatedAt]],
  },
  pdf: (items) => ({
    heading: 'Reminders',
    empty: 'No contact preference recorded: the patient is not reminded.',
    entries: items.map((c) => ({
      title: c.consent
        ? `Agreed to be reminded by ${CHANNEL_LABELS[c.channel].toLowerCase()}`
        : 'Not to be contacted',
      lines: c.consentRecordedAt ? [['Consent recorded', instant(c.consentRecordedAt)]] : [],
    })),
  }),
});

/** How and whether the patient may be reminded. */
export const contactPreferenceRecords: PatientRecordKind = {
  table: 'patient_contact_preferences',
  timeline: { notIncluded: 'a standing preference, not an event' },
  export: contactPreferences,
  fhirImport: {
    resourceType: 'Patient',
    run(resource, patientId, importers) {
      const ext = (resource as unknown as FhirPatient).extension?.find(
        (e) => e.url === FHIR_SYSTEM.reminderPreference,
      );
      if (!ext) return;
      const part = (url: string) => ext.extension?.find((e) => e.url === url);
      importers.diary.contactPreference(
        {
          channel: part('channel')?.valueCode as ContactPreferenceRecord['channel'],
          consent: part('consent')?.valueBoolean === true,
          consentRecordedAt: part('consentRecordedAt')?.valueDateTime ?? null,
          updatedAt: part('updatedAt')?.valueDateTime ?? '',
        },
        patientId,
      );
    },
  },
  erasure: [
    { name: 'contactPreferences', sql: 'DELETE FROM patient_contact_preferences WHERE patient_id = ?' },
  ],
};
