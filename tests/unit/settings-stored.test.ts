import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_WEEK, type WorkingDay } from '../../src/shared/diary/hours';
import type { Settings } from '../../src/shared/settings/schema';
import { apiPerTest } from '../fixtures/db';

const t = apiPerTest();

/** A week an earlier version accepted: Monday's break starts before the clinic opens. */
const olderWeek: WorkingDay[] = DEFAULT_WORKING_WEEK.map((day, i) =>
  i === 0 ? { ...day, from: '10:00', breaks: [{ from: '09:30', to: '10:30' }] } : day,
);
const store = (key: string, value: unknown) =>
  t.db
    .prepare("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z')")
    .run(key, JSON.stringify(value));

describe('stored settings are read back as they were saved', () => {
  it('keeps a working week saved before breaks had to lie inside the hours, and refuses it on the next save', async () => {
    store('workingWeek', olderWeek);
    const read = await t.api.call('settings.get', {});
    expect(read.ok && (read.value as Settings).workingWeek).toEqual(olderWeek);
    const saved = await t.api.call('settings.update', { patch: { workingWeek: olderWeek } });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(JSON.stringify(saved.error)).toContain('errors.breakOutsideHours');
  });

  it('falls back to the default only for a value that cannot be read at all', async () => {
    store('workingWeek', [{ open: 'yes' }]);
    store('reminderDaysAhead', 'soon');
    const read = await t.api.call('settings.get', {});
    expect(read.ok && (read.value as Settings).workingWeek).toEqual(DEFAULT_WORKING_WEEK);
    expect(read.ok && (read.value as Settings).reminderDaysAhead).toBe(2);
  });
});
