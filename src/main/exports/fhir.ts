import type { Bundle, Extension, Patient as FhirPatient, Reference, Resource } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';

/** Our identifiers and extensions, under the clinic software's own namespace. */
export const FHIR_SYSTEM = {
  patientNumber: 'https://mesodesk.app/fhir/patient-number',
  recordId: 'https://mesodesk.app/fhir/record-id',
  intakeRecord: 'https://mesodesk.app/fhir/StructureDefinition/intake-record',
  sessionRecord: 'https://mesodesk.app/fhir/StructureDefinition/session-record',
  adverseEventRecord: 'https://mesodesk.app/fhir/StructureDefinition/adverse-event-record',
  patientNotes: 'https://mesodesk.app/fhir/StructureDefinition/patient-notes',
  preferredName: 'https://mesodesk.app/fhir/StructureDefinition/preferred-name',
  zone: 'https://mesodesk.app/fhir/CodeSystem/treatment-zone',
  sessionTime: 'https://mesodesk.app/fhir/StructureDefinition/session-local-time',
  adverseEventType: 'https://mesodesk.app/fhir/CodeSystem/adverse-event-type',
  adverseEventDescription: 'https://mesodesk.app/fhir/StructureDefinition/adverse-event-description',
  adverseEventAction: 'https://mesodesk.app/fhir/StructureDefinition/adverse-event-action-taken',
  adverseEventFollowUp: 'https://mesodesk.app/fhir/StructureDefinition/adverse-event-follow-up',
  adverseEventResolved: 'https://mesodesk.app/fhir/StructureDefinition/adverse-event-resolved-date',
  appointmentRecord: 'https://mesodesk.app/fhir/StructureDefinition/appointment-record',
  appointmentType: 'https://mesodesk.app/fhir/CodeSystem/appointment-type',
  photoConsent: 'https://mesodesk.app/fhir/StructureDefinition/photo-consent-level',
  photoMoment: 'https://mesodesk.app/fhir/CodeSystem/photo-moment',
  photoView: 'https://mesodesk.app/fhir/CodeSystem/photo-view',
  lotQuarantined: 'https://mesodesk.app/fhir/StructureDefinition/lot-quarantined',
  photoRecord: 'https://mesodesk.app/fhir/StructureDefinition/photo-record',
  photoSkipRecord: 'https://mesodesk.app/fhir/StructureDefinition/photo-skip-record',
  /** The patient's reminder preference: channel (code), consent (boolean), consentRecordedAt (dateTime). */
  reminderPreference: 'https://mesodesk.app/fhir/StructureDefinition/reminder-preference',
} as const;

export const fullUrl = (uid: string) => `urn:uuid:${uid}`;
export const refTo = (uid: string, display?: string): Reference =>
  display ? { reference: fullUrl(uid), display } : { reference: fullUrl(uid) };

export function patientResource(p: Patient): FhirPatient {
  const extension: Extension[] = [];
  if (p.notes) extension.push({ url: FHIR_SYSTEM.patientNotes, valueString: p.notes });
  if (p.preferredName) extension.push({ url: FHIR_SYSTEM.preferredName, valueString: p.preferredName });
  const resource: FhirPatient = {
    resourceType: 'Patient',
    id: p.uid,
    meta: { lastUpdated: p.updatedAt },
    identifier: [{ system: FHIR_SYSTEM.patientNumber, value: p.number }],
    active: p.archivedAt === null,
    name: [
      {
        use: 'official',
        family: p.lastName,
        ...(p.firstName ? { given: [p.firstName] } : {}),
        text: p.firstName ? `${p.firstName} ${p.lastName}` : p.lastName,
      },
    ],
    gender: p.sex,
    birthDate: p.dateOfBirth,
  };
  const telecom: NonNullable<FhirPatient['telecom']> = [];
  if (p.phone) telecom.push({ system: 'phone', value: p.phone });
  if (p.email) telecom.push({ system: 'email', value: p.email });
  if (telecom.length) resource.telecom = telecom;
  if (p.address) resource.address = [{ text: p.address }];
  if (p.emergencyContactName || p.emergencyContactPhone) {
    resource.contact = [
      {
        relationship: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v2-0131',
                code: 'C',
                display: 'Emergency Contact',
              },
            ],
          },
        ],
        ...(p.emergencyContactName ? { name: { text: p.emergencyContactName } } : {}),
        ...(p.emergencyContactPhone
          ? { telecom: [{ system: 'phone' as const, value: p.emergencyContactPhone }] }
          : {}),
      },
    ];
  }
  if (p.gpName) resource.generalPractitioner = [{ display: p.gpName }];
  resource.communication = [
    { language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.preferredLanguage }] }, preferred: true },
  ];
  if (extension.length) resource.extension = extension;
  return resource;
}

/**
 * The tag of everything exported from the sample clinic: its patients are invented, and an import
 * into a real clinic refuses a file that carries it.
 */
export const SAMPLE_CLINIC_TAG = {
  system: 'https://mesodesk.app/fhir/clinic-kind',
  code: 'sample',
  display: 'Invented patients of the Mesodesk sample clinic',
} as const;

export const isSampleTagged = (meta: { tag?: { system?: string; code?: string }[] } | undefined): boolean =>
  !!meta?.tag?.some((t) => t.system === SAMPLE_CLINIC_TAG.system && t.code === SAMPLE_CLINIC_TAG.code);

/** A collection Bundle: every entry's fullUrl is its urn:uuid, so references resolve inside the file. */
export function bundleOf(id: string, timestamp: string, resources: Resource[], sampleClinic = false): Bundle {
  return {
    resourceType: 'Bundle',
    id,
    ...(sampleClinic ? { meta: { tag: [{ ...SAMPLE_CLINIC_TAG }] } } : {}),
    type: 'collection',
    timestamp,
    entry: resources.map((resource) => ({ fullUrl: fullUrl(resource.id as string), resource })),
  };
}
