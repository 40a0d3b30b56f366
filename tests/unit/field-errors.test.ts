import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFormResolver } from '../../src/renderer/src/components/form/resolver';
import { errorAt } from '../../src/renderer/src/components/form/useZodForm';
import { fieldErrors } from '../../src/shared/kernel/field-errors';
import { courseFieldsSchema, courseUpdateSchema } from '../../src/shared/treatments/schema';

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

  it('gives a form the same keys, nested as react-hook-form keeps them', async () => {
    const resolve = zodFormResolver(courseFieldsSchema);
    const result = await resolve(course as never, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(errorAt(result.errors, 'laterInterval')).toBe('errors.minAboveMax');
    expect(errorAt(result.errors, 'startDate')).toBe('errors.dateImpossible');
    expect(errorAt(result.errors, 'notes')).toBeUndefined();
  });

  it('runs a precheck first and converts form text to the schema input', async () => {
    const schema = z.strictObject({ n: z.number({ error: 'errors.number' }) });
    const resolve = zodFormResolver(schema, {
      toInput: (v: { n: string }) => ({ n: Number(v.n) }),
      precheck: (v: { n: string }) => (v.n === '' ? { n: 'errors.required' } : {}),
    });
    const options = { fields: {}, shouldUseNativeValidation: false };
    expect(errorAt((await resolve({ n: '' }, undefined, options)).errors, 'n')).toBe('errors.required');
    expect(errorAt((await resolve({ n: 'x' }, undefined, options)).errors, 'n')).toBe('errors.number');
    expect((await resolve({ n: '4' }, undefined, options)).values).toEqual({ n: 4 });
  });
});
