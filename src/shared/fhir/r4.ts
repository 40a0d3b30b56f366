/**
 * The FHIR R4 types the export writes and the import reads. Neither @types/fhir nor @medplum/fhirtypes
 * is installed, so these follow the R4 specification (hl7.org/fhir/R4) for just the elements used;
 * the tests check each resource's required elements and that every reference resolves in the Bundle.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Identifier {
  system?: string;
  value?: string;
}
export interface Reference {
  reference?: string;
  display?: string;
}
export interface Attachment {
  contentType?: string;
  data?: string;
  title?: string;
  creation?: string;
  hash?: string;
}
export interface Extension {
  url: string;
  valueString?: string;
  valueDate?: string;
  valueAttachment?: Attachment;
}
export interface Annotation {
  authorString?: string;
  time?: string;
  text: string;
}
export interface Period {
  start?: string;
  end?: string;
}
/** SimpleQuantity: a measured amount without a comparator. */
export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}
export interface Meta {
  lastUpdated?: string;
}
interface ResourceBase {
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}

export interface Patient extends ResourceBase {
  resourceType: 'Patient';
  identifier?: Identifier[];
  active?: boolean;
  name?: { use?: 'official' | 'usual'; family?: string; given?: string[]; text?: string }[];
  telecom?: { system: 'phone' | 'email'; value: string; use?: 'home' | 'mobile' }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  address?: { text?: string }[];
  contact?: {
    relationship?: CodeableConcept[];
    name?: { text?: string };
    telecom?: { system: 'phone'; value: string }[];
  }[];
  generalPractitioner?: Reference[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: { valueString?: string; valueBoolean?: boolean; valueDate?: string; valueCoding?: Coding }[];
  item?: QuestionnaireResponseItem[];
}
export interface QuestionnaireResponse extends ResourceBase {
  resourceType: 'QuestionnaireResponse';
  identifier?: Identifier;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  authored?: string;
  item?: QuestionnaireResponseItem[];
}

export interface Consent extends ResourceBase {
  resourceType: 'Consent';
  identifier?: Identifier[];
  status: 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient?: Reference;
  dateTime?: string;
  sourceReference?: Reference;
  provision?: { type?: 'deny' | 'permit'; period?: { start?: string; end?: string } };
}

export interface DocumentReference extends ResourceBase {
  resourceType: 'DocumentReference';
  identifier?: Identifier[];
  status: 'current' | 'superseded' | 'entered-in-error';
  type?: CodeableConcept;
  subject?: Reference;
  date?: string;
  description?: string;
  content: { attachment: Attachment }[];
}

export interface Encounter extends ResourceBase {
  resourceType: 'Encounter';
  identifier?: Identifier[];
  status:
    | 'planned'
    | 'arrived'
    | 'triaged'
    | 'in-progress'
    | 'onleave'
    | 'finished'
    | 'cancelled'
    | 'entered-in-error'
    | 'unknown';
  /** 1..1 in R4. */
  class: Coding;
  type?: CodeableConcept[];
  subject?: Reference;
  period?: Period;
  reasonCode?: CodeableConcept[];
}

export interface Procedure extends ResourceBase {
  resourceType: 'Procedure';
  identifier?: Identifier[];
  status:
    | 'preparation'
    | 'in-progress'
    | 'not-done'
    | 'on-hold'
    | 'stopped'
    | 'completed'
    | 'entered-in-error'
    | 'unknown';
  code?: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  performedDateTime?: string;
  bodySite?: CodeableConcept[];
  note?: Annotation[];
}

export interface Medication extends ResourceBase {
  resourceType: 'Medication';
  identifier?: Identifier[];
  code?: CodeableConcept;
  status?: 'active' | 'inactive' | 'entered-in-error';
  manufacturer?: Reference;
  form?: CodeableConcept;
  ingredient?: { itemCodeableConcept: CodeableConcept; isActive?: boolean }[];
  batch?: { lotNumber?: string; expirationDate?: string };
}

export interface MedicationAdministration extends ResourceBase {
  resourceType: 'MedicationAdministration';
  identifier?: Identifier[];
  partOf?: Reference[];
  status: 'in-progress' | 'not-done' | 'on-hold' | 'completed' | 'entered-in-error' | 'stopped' | 'unknown';
  medicationReference: Reference;
  subject: Reference;
  context?: Reference;
  effectiveDateTime: string;
  note?: Annotation[];
  /** mad-1: a dosage has a dose or a rate. */
  dosage?: { text?: string; site?: CodeableConcept; route?: CodeableConcept; dose?: Quantity };
}

export interface AdverseEvent extends ResourceBase {
  resourceType: 'AdverseEvent';
  identifier?: Identifier;
  actuality: 'actual' | 'potential';
  category?: CodeableConcept[];
  event?: CodeableConcept;
  subject: Reference;
  encounter?: Reference;
  date?: string;
  recordedDate?: string;
  seriousness?: CodeableConcept;
  severity?: CodeableConcept;
  outcome?: CodeableConcept;
  suspectEntity?: { instance: Reference }[];
}

export type Resource =
  | Patient
  | QuestionnaireResponse
  | Consent
  | DocumentReference
  | Encounter
  | Procedure
  | Medication
  | MedicationAdministration
  | AdverseEvent;

export interface BundleEntry {
  fullUrl?: string;
  resource?: Resource;
}
export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  type: 'collection';
  timestamp?: string;
  entry?: BundleEntry[];
}
