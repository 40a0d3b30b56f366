import { DOCUMENT_WORDS, type DocumentWords } from '../../shared/documents/document-words';
import type { MergeValues } from '../../shared/documents/merge-fields';
import type { ClinicSnapshot, DocumentDetails, Product } from '../../shared/documents/schema';
import type { DocumentKind } from '../../shared/documents/template-schema';
import type { Settings } from '../../shared/settings/schema';
import { formatClinicDate } from './dates';

export interface PatientIdentity {
  name: string;
  dateOfBirth: string;
  number: string;
}

export function clinicSnapshot(settings: Settings): ClinicSnapshot {
  return {
    name: settings.clinicName,
    address: settings.clinicAddress,
    phone: settings.clinicPhone,
    email: settings.clinicEmail,
    practitionerName: settings.practitionerName,
    practitionerQualifications: settings.practitionerQualifications,
    practitionerRegistration: settings.practitionerRegistration,
    emergencyContactLine: settings.emergencyContactLine,
    logoHash: settings.logoHash,
  };
}

function productLine(p: Product, settings: Settings, words: DocumentWords): string {
  const parts = [p.name];
  if (p.lot) parts.push(words.merge.lot(p.lot));
  if (p.expiry) parts.push(words.merge.expiry(formatClinicDate(p.expiry, settings.dateFormat)));
  return parts.join(', ');
}

/**
 * The value of every merge field for one document. Empty values print as words, never as blanks.
 * A consent is signed before treatment, so what is not chosen yet is "to be agreed"; an aftercare
 * sheet is given after it, so an empty list is left empty and its lead-in line is omitted.
 */
export function buildMergeValues(
  patient: PatientIdentity,
  clinic: ClinicSnapshot,
  details: DocumentDetails,
  settings: Settings,
  kind: DocumentKind,
  words: DocumentWords = DOCUMENT_WORDS.en,
): MergeValues {
  const m = words.merge;
  const text = (v: string, fallback = m.notRecorded) => v.trim() || fallback;
  // An aftercare sheet lists what was done or leaves the line out; only a consent speaks of what is to be agreed.
  const list = (items: string[]) => (items.length || kind === 'aftercare' ? items : [m.toBeAgreedItem]);
  return {
    'patient.name': patient.name,
    'patient.dateOfBirth': patient.dateOfBirth,
    'patient.number': patient.number,
    'document.date': formatClinicDate(details.treatmentDate, settings.dateFormat),
    'treatment.areas': list(details.areas.map((area) => words.areas[area] ?? area)),
    'treatment.products': list(details.products.map((p) => productLine(p, settings, words))),
    'treatment.plannedSessions': text(details.plannedSessions, m.toBeAgreed),
    'appointment.next': text(details.nextAppointment, m.notBooked),
    'clinic.name': text(clinic.name, m.theClinic),
    'clinic.address': text(clinic.address),
    'clinic.phone': text(clinic.phone),
    'clinic.email': text(clinic.email),
    'clinic.emergencyLine': text(clinic.emergencyContactLine, m.emergencyFallback),
    'practitioner.name': text(clinic.practitionerName, m.yourPractitioner),
    'practitioner.qualifications': text(clinic.practitionerQualifications),
    'practitioner.registration': text(clinic.practitionerRegistration),
  };
}
