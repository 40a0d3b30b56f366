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

export const settingsUpdateSchema = z.strictObject({ patch: settingsSchema.partial() });
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
