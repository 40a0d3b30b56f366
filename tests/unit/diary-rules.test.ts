import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKING_WEEK,
  firstFreeTime,
  hoursProblem,
  weekdayIndex,
  workingDaySchema,
} from '../../src/shared/diary/hours';
import { projectCourse } from '../../src/shared/diary/projection';
import { localToUtc, utcToLocal } from '../../src/shared/diary/zone';
import type { CoursePlan } from '../../src/shared/treatments/schedule';
import { apiPerTest } from '../fixtures/db';
import { callOk } from '../fixtures/treatments';

describe('wall-clock time in the clinic zone', () => {
  it('converts both ways across winter and summer time', () => {
    expect(localToUtc('2026-01-15', '10:00', 'Europe/London')).toEqual({
      ok: true,
      utc: '2026-01-15T10:00:00.000Z',
    });
    expect(localToUtc('2026-07-15', '10:00', 'Europe/London')).toEqual({
      ok: true,
      utc: '2026-07-15T09:00:00.000Z',
    });
    expect(localToUtc('2026-07-15', '10:00', 'Europe/Athens')).toEqual({
      ok: true,
      utc: '2026-07-15T07:00:00.000Z',
    });
    expect(localToUtc('2026-07-15', '10:00', 'America/New_York')).toEqual({
      ok: true,
      utc: '2026-07-15T14:00:00.000Z',
    });
    expect(utcToLocal('2026-07-15T07:00:00.000Z', 'Europe/Athens')).toEqual({
      date: '2026-07-15',
      time: '10:00',
    });
    expect(utcToLocal('2026-12-31T23:30:00.000Z', 'Europe/Athens')).toEqual({
      date: '2027-01-01',
      time: '01:30',
    });
  });

  it('says when a time is skipped or repeated by a clock change instead of guessing', () => {
    // 29 March 2026: London's clocks go from 01:00 to 02:00; 25 October: from 02:00 back to 01:00.
    expect(localToUtc('2026-03-29', '01:30', 'Europe/London')).toEqual({ ok: false, reason: 'skipped' });
    expect(localToUtc('2026-10-25', '01:30', 'Europe/London')).toEqual({ ok: false, reason: 'repeated' });
    expect(localToUtc('2026-03-29', '02:30', 'Europe/London')).toEqual({
      ok: true,
      utc: '2026-03-29T01:30:00.000Z',
    });
    expect(localToUtc('2026-03-29', '10:00', 'Not/AZone')).toEqual({ ok: false, reason: 'zone' });
  });
});

describe('working hours', () => {
  const hours = { workingWeek: DEFAULT_WORKING_WEEK, daysOff: ['2026-12-25'] };

  it('knows weekdays, days off, opening hours and breaks', () => {
    expect(weekdayIndex('2026-11-30')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-06')).toBe(6);
    expect(hoursProblem(hours, '2026-12-01', '10:00', 45)).toBeNull();
    expect(hoursProblem(hours, '2026-12-05', '10:00', 45)).toBe('dayOff'); // Saturday
    expect(hoursProblem(hours, '2026-12-25', '10:00', 45)).toBe('dayOff'); // a day off
    expect(hoursProblem(hours, '2026-12-01', '08:30', 45)).toBe('outsideHours');
    expect(hoursProblem(hours, '2026-12-01', '17:30', 45)).toBe('outsideHours');
    expect(hoursProblem(hours, '2026-12-01', '17:15', 45)).toBeNull();
    expect(hoursProblem(hours, '2026-12-01', '12:30', 45)).toBe('duringBreak');
  });

  it('finds the first free time that fits the hours and the bookings', () => {
    expect(firstFreeTime(hours, '2026-12-01', 45, [])).toBe('09:00');
    expect(
      firstFreeTime(hours, '2026-12-01', 45, [
        [540, 600],
        [600, 780],
      ]),
    ).toBe('14:00');
    expect(firstFreeTime(hours, '2026-12-05', 45, [])).toBeNull();
  });
});

describe('a course projected through its bookings', () => {
  const plan: CoursePlan = {
    plannedSessions: 4,
    initialSessions: 2,
    initialInterval: { minDays: 7, maxDays: 14 },
    laterInterval: { minDays: 14, maxDays: 28 },
    maintenanceInterval: null,
  };

  it('counts a booked session as given on its date, so moving it moves the later windows', () => {
    const done = ['2026-03-01'];
    expect(projectCourse(plan, '2026-03-01', done, new Map())).toEqual([
      {
        phase: 'course',
        sessionNumber: 2,
        dueDate: '2026-03-08',
        latestDate: '2026-03-15',
        bookedDate: null,
      },
    ]);
    const booked = projectCourse(plan, '2026-03-01', done, new Map([[2, '2026-03-10']]));
    expect(booked.map((s) => [s.sessionNumber, s.dueDate, s.latestDate, s.bookedDate])).toEqual([
      [2, '2026-03-08', '2026-03-15', '2026-03-10'],
      [3, '2026-03-17', '2026-03-24', null],
    ]);
    const moved = projectCourse(plan, '2026-03-01', done, new Map([[2, '2026-03-14']]));
    expect(moved[1]).toMatchObject({ sessionNumber: 3, dueDate: '2026-03-21', latestDate: '2026-03-28' });
  });

  it('ends when the plan has nothing more', () => {
    const all = ['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-29'];
    expect(projectCourse(plan, '2026-03-01', all, new Map())).toEqual([]);
  });
});

describe('working hours as saved in Settings', () => {
  const day = (breaks: { from: string; to: string }[], to = '18:00') => ({
    open: true,
    from: '09:00',
    to,
    breaks,
  });
  const issues = (d: ReturnType<typeof day>) => {
    const r = workingDaySchema.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
  };

  it('takes a lunch and an afternoon break inside the hours', () => {
    expect(
      issues(
        day([
          { from: '13:00', to: '14:00' },
          { from: '16:00', to: '16:15' },
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses a break outside the hours or overlapping another, named by the break', () => {
    expect(issues(day([{ from: '13:00', to: '14:00' }], '12:00'))).toEqual([
      ['breaks.0.from', 'errors.breakOutsideHours'],
    ]);
    expect(
      issues(
        day([
          { from: '15:00', to: '16:00' },
          { from: '13:00', to: '15:30' },
        ]),
      ),
    ).toEqual([['breaks.0.from', 'errors.breaksOverlap']]);
    expect(issues({ ...day([]), from: '18:00', to: '09:00' })).toEqual([['to', 'errors.minAboveMax']]);
    // A closed day keeps whatever hours it had.
    expect(issues({ ...day([{ from: '07:00', to: '08:00' }]), open: false })).toEqual([]);
  });

  describe('through the API', () => {
    const t = apiPerTest();
    it('is refused by settings.update with the message on the break', async () => {
      const { api } = t;
      const week = DEFAULT_WORKING_WEEK.map((d, i) =>
        i === 1
          ? {
              ...d,
              breaks: [
                { from: '13:00', to: '14:00' },
                { from: '13:30', to: '13:45' },
              ],
            }
          : d,
      );
      const r = await api.call('settings.update', { patch: { workingWeek: week } });
      expect(r.ok ? null : r.error.fields).toEqual({
        'patch.workingWeek.1.breaks.1.from': 'errors.breaksOverlap',
      });
      const two = DEFAULT_WORKING_WEEK.map((d) => ({
        ...d,
        breaks: d.open
          ? [
              { from: '13:00', to: '14:00' },
              { from: '16:00', to: '16:15' },
            ]
          : [],
      }));
      await callOk(api, 'settings.update', { patch: { workingWeek: two } });
      expect(hoursProblem({ workingWeek: two, daysOff: [] }, '2026-03-02', '16:00', 15)).toBe('duringBreak');
    });
  });
});
