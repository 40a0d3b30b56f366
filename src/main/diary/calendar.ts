import { createEvents, type EventAttributes } from 'ics';
import type { DiaryEntry } from '../../shared/diary/schema';
import { AppError } from '../errors';

const TYPE_TITLES: Record<DiaryEntry['type'], string> = {
  consultation: 'Consultation',
  treatment: 'Treatment',
  review: 'Review',
  'touch-up': 'Touch-up',
};

const utcArray = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

export interface CalendarEvent {
  uid: string;
  startsAt: string;
  durationMin: number;
  title: string;
  description?: string;
  location?: string;
  cancelled?: boolean;
}

/** One iCalendar file (RFC 5545) of events, each at its UTC instant so every calendar shows local time. */
export function calendarFile(events: CalendarEvent[], name: string): string {
  const attributes = events.map(
    (e): EventAttributes => ({
      uid: e.uid,
      start: utcArray(e.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: e.durationMin },
      title: e.title,
      ...(e.description ? { description: e.description } : {}),
      ...(e.location ? { location: e.location } : {}),
      status: e.cancelled ? 'CANCELLED' : 'CONFIRMED',
      busyStatus: 'BUSY',
      productId: 'mesodesk/diary',
    }),
  );
  const { error, value } = createEvents(attributes, { productId: 'mesodesk/diary', calName: name });
  if (error || value === null) throw new AppError('INTERNAL', 'errors.internal');
  return value;
}

/** The practitioner's view of an appointment: who, what and which session. */
export const diaryEventTitle = (e: Omit<DiaryEntry, 'needs'>) =>
  [e.patientName, TYPE_TITLES[e.type], e.indication, e.sessionNumber ? `session ${e.sessionNumber}` : null]
    .filter(Boolean)
    .join(' · ');
