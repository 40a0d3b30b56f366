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

const NOT_GIVEN = 'not recorded';
const TO_BE_AGREED = 'To be agreed with your practitioner';

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

function productLine(p: Product, settings: Settings): string {
  const parts = [p.name];
  if (p.lot) parts.push(`lot ${p.lot}`);
  if (p.expiry) parts.push(`expiry ${formatClinicDate(p.expiry, settings.dateFormat)}`);
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
): MergeValues {
  const text = (v: string, fallback = NOT_GIVEN) => v.trim() || fallback;
  const list = (items: string[]) => (items.length || kind === 'aftercare' ? items : [TO_BE_AGREED]);
  return {
    'patient.name': patient.name,
    'patient.dateOfBirth': patient.dateOfBirth,
    'patient.number': patient.number,
    'document.date': formatClinicDate(details.treatmentDate, settings.dateFormat),
    'treatment.areas': list(details.areas),
    'treatment.products': list(details.products.map((p) => productLine(p, settings))),
    'treatment.plannedSessions': text(details.plannedSessions, 'to be agreed with your practitioner'),
    'appointment.next': text(
      details.nextAppointment,
      'not booked yet; please contact the clinic to arrange it',
    ),
    'clinic.name': text(clinic.name, 'the clinic'),
    'clinic.address': text(clinic.address),
    'clinic.phone': text(clinic.phone),
    'clinic.email': text(clinic.email),
    'clinic.emergencyLine': text(
      clinic.emergencyContactLine,
      'If you are worried, contact the clinic using the details below.',
    ),
    'practitioner.name': text(clinic.practitionerName, 'your practitioner'),
    'practitioner.qualifications': text(clinic.practitionerQualifications),
    'practitioner.registration': text(clinic.practitionerRegistration),
  };
}
