import { systemTimeZone, utcToLocal } from '../../shared/diary/zone';
import type { createSettingsService } from './service';

type Settings = Pick<ReturnType<typeof createSettingsService>, 'get'>;

/**
 * The clinic's own time zone (Settings, or the computer's until one is chosen) and today's date there:
 * what the diary, the recall list and the reminders call "today", so that they never disagree.
 */
export function clinicClock(settings: Settings, now: () => Date) {
  const timeZone = () => settings.get().clinicTimeZone || systemTimeZone();
  const today = () => utcToLocal(now().getTime(), timeZone()).date;
  return { timeZone, today };
}
