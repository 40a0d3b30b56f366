import { downloadBlob } from '../documents/pdf-blob';

/** Saves a calendar file (.ics) through the page's own download, as the other exports of the page do. */
export function downloadCalendar(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/calendar;charset=utf-8' }));
  downloadBlob(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
