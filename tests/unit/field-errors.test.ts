import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrors } from '../../src/shared/kernel/field-errors';
import {
  courseFieldsSchema,
  courseUpdateSchema,
  sessionItemSchema,
} from '../../src/shared/treatments/schema';

const course = {
  indication: 'Hair loss',
  areas: [],
  plannedSessions: 6,
  initialSessions: 3,
  initialInterval: { minDays: 7, maxDays: 14 },
  laterInterval: { minDays: 20, maxDays: 10 },
  maintenanceInterval: null,
  startDate: '2025-02-30',
  status: 'active',
  notes: '',
};

describe('one field-error mapping for main and the forms', () => {
  it('names the same fields with the same keys whether the API input or the form was checked', () => {
    const api = courseUpdateSchema.safeParse({ id: 1, version: 1, fields: course });
    const form = courseFieldsSchema.safeParse(course);
    if (api.success || form.success) throw new Error('expected both to fail');
    expect(fieldErrors(api.error)).toEqual(fieldErrors(form.error));
    expect(fieldErrors(form.error)).toEqual({
      'laterInterval.maxDays': 'errors.minAboveMax',
      startDate: 'errors.dateImpossible',
    });
  });

  it('turns English messages and unknown keys into message keys', () => {
    const parsed = z.strictObject({ n: z.number() }).safeParse({ n: 'x', junk: 1 });
    if (parsed.success) throw new Error('expected a failure');
    expect(fieldErrors(parsed.error)).toEqual({ n: 'errors.invalid', _: 'errors.unknownField' });
  });
});

describe('a session item', () => {
  it('without a chosen product says so, in the form and in main alike', () => {
    const result = sessionItemSchema.safeParse({ zone: 'face.forehead', productId: Number.NaN });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrors(result.error)).toMatchObject({ productId: 'errors.chooseProduct' });
  });
});
