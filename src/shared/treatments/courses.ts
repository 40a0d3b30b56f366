import { z } from 'zod';
import { todayIso } from '../dates';
import { createInput, type PatientRecord, updateInput } from '../kernel/record-inputs';
import { isoDate, requiredText, text, wholeNumber } from '../kernel/zod';
import { days, zoneId } from './fields';
import type { DueStanding, NextDue } from './schedule';

/** A course of treatment: an indication, the sessions planned and the intervals between them. */

export const COURSE_STATUSES = ['active', 'paused', 'closed'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

const range = (v: { minDays: number; maxDays: number }) => v.minDays <= v.maxDays;

export const courseFieldsSchema = z
  .strictObject({
    indication: requiredText(200),
    areas: z.array(zoneId).max(30, { error: 'errors.tooMany' }).default([]),
    plannedSessions: wholeNumber(1, 40),
    initialSessions: wholeNumber(0, 40),
    initialInterval: z.strictObject({ minDays: days.max(365), maxDays: days.max(365) }),
    laterInterval: z.strictObject({ minDays: days.max(365), maxDays: days.max(365) }),
    maintenanceInterval: z.strictObject({ minDays: days.max(730), maxDays: days.max(730) }).nullable(),
    startDate: isoDate,
    status: z.enum(COURSE_STATUSES, { error: 'errors.choose' }).default('active'),
    notes: text(2000).default(''),
  })
  .superRefine((v, ctx) => {
    for (const key of ['initialInterval', 'laterInterval', 'maintenanceInterval'] as const) {
      const r = v[key];
      if (r && !range(r))
        ctx.addIssue({ code: 'custom', path: [key, 'maxDays'], message: 'errors.minAboveMax' });
    }
  });
export type CourseFieldsInput = z.input<typeof courseFieldsSchema>;
export type CourseFields = z.output<typeof courseFieldsSchema>;

export const courseCreateSchema = createInput('patientId', courseFieldsSchema);
export const courseUpdateSchema = updateInput(courseFieldsSchema);

export interface Course extends CourseFields, PatientRecord {
  /** Signed sessions so far. */
  sessionsDone: number;
  nextDue: NextDue | null;
  standing: DueStanding | null;
}

/** The editable fields of a record as read, for an update call. */
export const courseFieldsOf = (c: Course): CourseFields => ({
  indication: c.indication,
  areas: c.areas,
  plannedSessions: c.plannedSessions,
  initialSessions: c.initialSessions,
  initialInterval: c.initialInterval,
  laterInterval: c.laterInterval,
  maintenanceInterval: c.maintenanceInterval,
  startDate: c.startDate,
  status: c.status,
  notes: c.notes,
});

/** The course a single session belongs to: one session planned, no intervals to keep. */
export const singleSessionCourse = (indication: string, startDate = todayIso()): CourseFieldsInput => ({
  indication,
  areas: [],
  plannedSessions: 1,
  initialSessions: 0,
  initialInterval: { minDays: 7, maxDays: 14 },
  laterInterval: { minDays: 14, maxDays: 28 },
  maintenanceInterval: null,
  startDate,
  status: 'active',
  notes: '',
});
