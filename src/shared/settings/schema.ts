import { z } from 'zod';

/**
 * Clinic-wide settings. Each key has its own schema and default, so adding a setting never needs a
 * migration: the stored value (if any) is validated on read and falls back to the default.
 */
export const settingsShape = {
  currency: z
    .string()
    .trim()
    .max(3, { error: 'errors.currency' })
    .regex(/^[A-Z]{3}$/, { error: 'errors.currency' })
    .default('EUR'),
  dateFormat: z.enum(['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']).default('DD/MM/YYYY'),
  paperSize: z.enum(['A4', 'LETTER']).default('A4'),
  /** Minutes without use before the app locks itself and hides all patient data. */
  autoLockMinutes: z
    .number()
    .int()
    .min(1, { error: 'errors.range' })
    .max(240, { error: 'errors.range' })
    .default(5),
  /** How long a signed intake counts as current before the header asks for a new one. */
  intakeValidityMonths: z
    .number()
    .int()
    .min(1, { error: 'errors.range' })
    .max(60, { error: 'errors.range' })
    .default(6),
};

export const settingsSchema = z.strictObject(settingsShape);
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsShape) as SettingKey[];

type Shape = typeof settingsShape;
/** A patch names only the settings it changes: defaults must not fill in (and reset) the others. */
const patchShape = Object.fromEntries(
  Object.entries(settingsShape).map(([key, schema]) => [key, schema.unwrap().optional()]),
) as { [K in keyof Shape]: z.ZodOptional<ReturnType<Shape[K]['unwrap']>> };

export const settingsUpdateSchema = z.strictObject({ patch: z.strictObject(patchShape) });
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
