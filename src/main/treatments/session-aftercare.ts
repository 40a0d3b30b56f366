import type { DocumentDetailsInput } from '../../shared/documents/schema';
import type { Settings } from '../../shared/settings/schema';
import type { Course, Session } from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import { formatClinicDate } from '../documents/dates';

/** The aftercare sheet's details, filled from a session: date, areas, products with lot and expiry, next visit. */
export function aftercareDetailsOf(
  session: Session,
  course: Course,
  format: Settings['dateFormat'],
): DocumentDetailsInput {
  const seen = new Set<string>();
  const productList: DocumentDetailsInput['products'] = [];
  for (const item of session.items) {
    const key = `${item.productId}:${item.lotId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    productList.push({ name: item.productName, lot: item.lotNumber ?? '', expiry: item.expiryDate });
  }
  const due = course.nextDue;
  return {
    treatmentDate: session.date,
    areas: [...new Set(session.areas.map(zoneLabel))].slice(0, 30),
    products: productList.slice(0, 20),
    plannedSessions: `${course.plannedSessions}`,
    nextAppointment: due
      ? `${formatClinicDate(due.dueDate, format)} – ${formatClinicDate(due.latestDate, format)}`
      : '',
  };
}
