/**
 * The FHIR R4 types the export writes and the import reads, from @types/fhir (generated from the
 * hl7.fhir.r4.core 4.0.1 package). Types only: nothing of it reaches a bundle. `Resource` is narrowed
 * to the resources Mesodesk writes, so a switch on `resourceType` covers them all; the tests check
 * each resource's required elements and that every reference resolves in the Bundle.
 */
import type {
  AdverseEvent,
  Appointment,
  Consent,
  DocumentReference,
  Encounter,
  Media,
  Medication,
  MedicationAdministration,
  Patient,
  Procedure,
  QuestionnaireResponse,
  Bundle as R4Bundle,
  BundleEntry as R4BundleEntry,
} from 'fhir/r4';

export type {
  AdverseEvent,
  Annotation,
  Appointment,
  Attachment,
  CodeableConcept,
  Coding,
  Consent,
  DocumentReference,
  Encounter,
  Extension,
  Identifier,
  Media,
  Medication,
  MedicationAdministration,
  Meta,
  Patient,
  Period,
  Procedure,
  Quantity,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from 'fhir/r4';

export type Resource =
  | Patient
  | QuestionnaireResponse
  | Consent
  | DocumentReference
  | Encounter
  | Procedure
  | Medication
  | MedicationAdministration
  | AdverseEvent
  | Appointment
  | Media;

export type BundleEntry = R4BundleEntry<Resource>;
export type Bundle = R4Bundle<Resource>;
