import { z } from 'zod';
import { isoDateProblem } from '../dates';
import { hasOnlySafeCharacters } from '../text/characters';

/**
 * The zod primitives every shared schema builds on. Each error is an i18n key, so a failed field
 * reads the same on every screen, whichever process checked it.
 */

/** A row id: a positive whole number a SQLite integer key can hold. */
export const id = z.number({ error: 'errors.id' }).int().positive().max(Number.MAX_SAFE_INTEGER);

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.wholeNumber' })
    .min(min, { error: 'errors.range' })
    .max(max, { error: 'errors.range' });

/** The optimistic-locking version a record was read at. */
export const version = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A required calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string({ error: 'errors.required' })
  .max(10, { error: 'errors.dateFormat' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = value === '' ? 'errors.required' : isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An optional calendar date, YYYY-MM-DD; empty becomes null. */
export const optionalIsoDate = z
  .string({ error: 'errors.dateFormat' })
  .max(10, { error: 'errors.dateFormat' })
  .trim()
  .nullish()
  .transform((v) => v || null)
  .superRefine((value, ctx) => {
    const problem = value ? isoDateProblem(value) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Trimmed, not empty, at most `max` characters, any characters (a passphrase, a key, a file path, a reason). */
export const requiredString = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' });

/** Trimmed text of at most `max` characters, with no control or invisible characters. */
export const text = (max: number) =>
  z
    .string({ error: 'errors.text' })
    .trim()
    .max(max, { error: 'errors.tooLong' })
    .refine(hasOnlySafeCharacters, { error: 'errors.characters' });

/** Like `text`, and not empty. */
export const requiredText = (max: number) =>
  requiredString(max).refine(hasOnlySafeCharacters, { error: 'errors.characters' });

/** Trimmed text of at most `max` characters, empty when left out (printed details, clinic profile). */
export const shortText = (max: number) =>
  z.string({ error: 'errors.text' }).trim().max(max, { error: 'errors.tooLong' }).default('');
