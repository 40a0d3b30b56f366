import { formatClinicDate } from '../../shared/dates';
import type { Settings } from '../../shared/settings/schema';

export { formatClinicDate };

/** An instant as printed on documents: the clinic's date format and the UTC time, never the machine's zone. */
export function formatClinicInstant(isoInstant: string, format: Settings['dateFormat']): string {
  return `${formatClinicDate(isoInstant, format)} ${isoInstant.slice(11, 16)} UTC`;
}
