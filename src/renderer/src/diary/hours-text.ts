import { isWorkingDay, weekdayIndex } from '../../../shared/diary/hours';
import type { Settings } from '../../../shared/settings/schema';

/** "09:00–13:00, 14:00–18:00" for a date, or null when the clinic is closed. */
export function hoursText(settings: Settings, date: string): string | null {
  const hours = { workingWeek: settings.workingWeek, daysOff: settings.daysOff };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isWorkingDay(hours, date)) return null;
  const day = settings.workingWeek[weekdayIndex(date)];
  if (!day) return null;
  const edges = [
    day.from,
    ...[...day.breaks].sort((a, b) => a.from.localeCompare(b.from)).flatMap((b) => [b.from, b.to]),
    day.to,
  ];
  const spans: string[] = [];
  for (let i = 0; i < edges.length; i += 2) spans.push(`${edges[i]}–${edges[i + 1]}`);
  return spans.join(', ');
}
