import { describe, expect, it } from 'vitest';
import { minorToText, parseMoney } from '../../src/shared/treatments/money';
import {
  addDays,
  type CoursePlan,
  daysBetween,
  dueStanding,
  gapAfter,
  nextDue,
} from '../../src/shared/treatments/schedule';

/** A face course: 6 sessions, weekly-to-fortnightly for the first 3, then every 2–4 weeks, top-ups 3–5 months. */
const face: CoursePlan = {
  plannedSessions: 6,
  initialSessions: 3,
  initialInterval: { minDays: 7, maxDays: 14 },
  laterInterval: { minDays: 14, maxDays: 28 },
  maintenanceInterval: { minDays: 90, maxDays: 150 },
};

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2028-02-25', 4)).toBe('2028-02-29');
    expect(addDays('2027-02-25', 4)).toBe('2027-03-01');
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
  });

  it('is not moved by daylight saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 7)).toBe('2026-10-31');
  });
});

describe('next due date', () => {
  it('is the start date before any session', () => {
    expect(nextDue(face, '2026-03-02', [])).toEqual({
      phase: 'course',
      sessionNumber: 1,
      dueDate: '2026-03-02',
      latestDate: '2026-03-02',
    });
  });

  it('uses the initial interval for the first sessions, then the later one', () => {
    expect(nextDue(face, '2026-03-02', ['2026-03-02'])).toMatchObject({
      sessionNumber: 2,
      dueDate: '2026-03-09',
      latestDate: '2026-03-16',
    });
    const three = ['2026-03-02', '2026-03-10', '2026-03-20'];
    expect(nextDue(face, '2026-03-02', three)).toMatchObject({
      phase: 'course',
      sessionNumber: 4,
      dueDate: '2026-03-27',
      latestDate: '2026-04-03',
    });
    expect(nextDue(face, '2026-03-02', [...three, '2026-03-30'])).toMatchObject({
      sessionNumber: 5,
      dueDate: '2026-04-13',
      latestDate: '2026-04-27',
    });
    expect(gapAfter(face, 1)).toBe(face.initialInterval);
    expect(gapAfter(face, 3)).toBe(face.initialInterval);
    expect(gapAfter(face, 4)).toBe(face.laterInterval);
    expect(gapAfter(face, 6)).toBe(face.maintenanceInterval);
  });

  it('counts from the latest session whatever order the dates come in', () => {
    expect(nextDue(face, '2026-03-02', ['2026-03-10', '2026-03-02'])).toMatchObject({
      sessionNumber: 3,
      dueDate: '2026-03-17',
    });
  });

  it('moves to maintenance top-ups once the planned sessions are done', () => {
    const six = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-02-02', '2026-02-16', '2026-03-02'];
    expect(nextDue(face, '2026-01-05', six)).toEqual({
      phase: 'maintenance',
      sessionNumber: 7,
      dueDate: '2026-05-31',
      latestDate: '2026-07-30',
    });
    expect(nextDue(face, '2026-01-05', [...six, '2026-06-10'])).toMatchObject({
      phase: 'maintenance',
      sessionNumber: 8,
      dueDate: '2026-09-08',
    });
  });

  it('ends when the course is done and no maintenance is planned', () => {
    const plan = { ...face, plannedSessions: 2, maintenanceInterval: null };
    expect(nextDue(plan, '2026-03-02', ['2026-03-02'])).toMatchObject({ sessionNumber: 2 });
    expect(nextDue(plan, '2026-03-02', ['2026-03-02', '2026-03-09'])).toBeNull();
  });

  it('handles a hair course with every gap the same and a single-session plan', () => {
    const hair: CoursePlan = {
      plannedSessions: 10,
      initialSessions: 0,
      initialInterval: { minDays: 7, maxDays: 7 },
      laterInterval: { minDays: 14, maxDays: 21 },
      maintenanceInterval: { minDays: 84, maxDays: 112 },
    };
    expect(nextDue(hair, '2026-03-02', ['2026-03-02'])).toMatchObject({ dueDate: '2026-03-16' });
    const single: CoursePlan = { ...hair, plannedSessions: 1 };
    expect(nextDue(single, '2026-03-02', ['2026-03-02'])).toMatchObject({
      phase: 'maintenance',
      dueDate: '2026-05-25',
      latestDate: '2026-06-22',
    });
  });

  it('says whether a window is upcoming, due or overdue', () => {
    const due = { dueDate: '2026-03-09', latestDate: '2026-03-16' };
    expect(dueStanding(due, '2026-03-08')).toBe('upcoming');
    expect(dueStanding(due, '2026-03-09')).toBe('due');
    expect(dueStanding(due, '2026-03-16')).toBe('due');
    expect(dueStanding(due, '2026-03-17')).toBe('overdue');
  });
});

describe('money in minor units', () => {
  it('parses and prints amounts in the currency’s minor unit', () => {
    expect(parseMoney('350', 'EUR')).toBe(35000);
    expect(parseMoney('350.5', 'EUR')).toBe(35050);
    expect(parseMoney('1,250.99', 'USD')).toBe(125099);
    expect(parseMoney('350.555', 'EUR')).toBeNull();
    expect(parseMoney('abc', 'EUR')).toBeNull();
    expect(parseMoney('5000', 'JPY')).toBe(5000);
    expect(parseMoney('5000.5', 'JPY')).toBeNull();
    expect(minorToText(35050, 'EUR')).toBe('350.50');
    expect(minorToText(5000, 'JPY')).toBe('5000');
  });
});
