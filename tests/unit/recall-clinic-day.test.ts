import { describe, expect, it } from 'vitest';
import type { RecallRow } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import { callOk, readyPatient, startCourse } from '../fixtures/treatments';

const t = apiPerTest();

async function standingIn(timeZone: string) {
  await callOk(t.api, 'settings.update', { patch: { clinicTimeZone: timeZone } });
  const rows = await callOk<RecallRow[]>(t.api, 'recall.list', { aheadDays: 7 });
  return rows.map((r) => r.standing);
}

describe("the recall list's today is the clinic's date, as the diary's is", () => {
  it('calls a session due once the clinic’s day has begun, whatever the computer’s zone', async () => {
    const { patient } = await readyPatient(t.api);
    await startCourse(t.api, patient.id, { startDate: '2026-03-02' });
    // 1 March, 12:00 UTC: still 1 March in London, already 2 March (01:00) in Auckland.
    t.api.clock.advance(3 * 3_600_000);
    const diaryToday = async () => (await callOk<{ today: string }>(t.api, 'diary.timeZone', {})).today;
    expect(await standingIn('Europe/London')).toEqual(['upcoming']);
    expect(await diaryToday()).toBe('2026-03-01');
    expect(await standingIn('Pacific/Auckland')).toEqual(['due']);
    expect(await diaryToday()).toBe('2026-03-02');
  });
});
