import type { Settings } from '../../shared/settings/schema';

/** A plain YYYY-MM-DD date in the clinic's chosen format, as printed on documents. */
export function formatClinicDate(iso: string, format: Settings['dateFormat']): string {
  const [y = '', m = '', d = ''] = iso.slice(0, 10).split('-');
  if (format === 'MM/DD/YYYY') return `${m}/${d}/${y}`;
  if (format === 'YYYY-MM-DD') return `${y}-${m}-${d}`;
  return `${d}/${m}/${y}`;
}

/** An instant as printed on documents: the clinic's date format and the UTC time, never the machine's zone. */
export function formatClinicInstant(isoInstant: string, format: Settings['dateFormat']): string {
  return `${formatClinicDate(isoInstant, format)} ${isoInstant.slice(11, 16)} UTC`;
}
