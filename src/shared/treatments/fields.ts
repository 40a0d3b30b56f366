import { z } from 'zod';
import { wholeNumber } from '../kernel/zod';
import { isZoneId } from './zones';

/** Field primitives of the treatment schemas (the general ones live in src/shared/kernel/zod). */

/** A quantity with at most two decimals (stock is kept in hundredths, so sums never drift). */
export const quantity = (max: number) =>
  z
    .number({ error: 'errors.number' })
    .min(0, { error: 'errors.range' })
    .max(max, { error: 'errors.range' })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: 'errors.twoDecimals' });
export const optionalNumber = (min: number, max: number) =>
  z
    .number({ error: 'errors.number' })
    .min(min, { error: 'errors.range' })
    .max(max, { error: 'errors.range' })
    .nullable()
    .default(null);
/** An optional whole number from `min` to `max`; left out becomes null. */
export const optionalWholeNumber = (min: number, max: number) =>
  wholeNumber(min, max).nullable().default(null);
export const days = z.number({ error: 'errors.number' }).int({ error: 'errors.wholeNumber' }).min(1, {
  error: 'errors.range',
});
export const zoneId = z.string().max(40).refine(isZoneId, { error: 'errors.zone' });
