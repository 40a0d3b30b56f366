import { DOCUMENT_WORDS, type DocumentWords } from '../../shared/documents/document-words';
import type { MergeValues } from '../../shared/documents/merge-fields';
import type { ClinicSnapshot, DocumentDetails, Product } from '../../shared/documents/schema';
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

/** The value of every merge field for one document. Empty values print as words, never as blanks. */
export function buildMergeValues(
  patient: PatientIdentity,
  clinic: ClinicSnapshot,
  details: DocumentDetails,
  settings: Settings,
  words: DocumentWords = DOCUMENT_WORDS.en,
): MergeValues {
  const m = words.merge;
  const text = (v: string, fallback = m.notRecorded) => v.trim() || fallback;
  return {
    'patient.name': patient.name,
    'patient.dateOfBirth': patient.dateOfBirth,
    'patient.number': patient.number,
    'document.date': formatClinicDate(details.treatmentDate, settings.dateFormat),
    'treatment.areas': details.areas.length
      ? details.areas.map((area) => words.areas[area] ?? area)
      : [m.toBeAgreedItem],
    'treatment.products': details.products.length
      ? details.products.map((p) => productLine(p, settings, words))
      : [m.toBeAgreedItem],
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
