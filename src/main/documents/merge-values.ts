import type { MergeValues } from '../../shared/documents/merge-fields';
import type { ClinicSnapshot, DocumentDetails, Product } from '../../shared/documents/schema';
import type { Settings } from '../../shared/settings/schema';
import { formatClinicDate } from './dates';

export interface PatientIdentity {
  name: string;
  dateOfBirth: string;
  number: string;
}

const NOT_GIVEN = 'not recorded';

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

/** The value of every merge field for one document. Empty values print as words, never as blanks. */
export function buildMergeValues(
  patient: PatientIdentity,
  clinic: ClinicSnapshot,
  details: DocumentDetails,
  settings: Settings,
): MergeValues {
  const text = (v: string, fallback = NOT_GIVEN) => v.trim() || fallback;
  return {
    'patient.name': patient.name,
    'patient.dateOfBirth': patient.dateOfBirth,
    'patient.number': patient.number,
    'document.date': formatClinicDate(details.treatmentDate, settings.dateFormat),
    'treatment.areas': details.areas.length ? details.areas : ['To be agreed with your practitioner'],
    'treatment.products': details.products.length
      ? details.products.map((p) => productLine(p, settings))
      : ['To be agreed with your practitioner'],
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
