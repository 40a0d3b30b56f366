import { z } from 'zod';
import { daysOffSchema, storedWorkingWeekSchema, workingWeekSchema } from '../diary/hours';
import { isTimeZone } from '../diary/zone';
import { shortText } from '../kernel/zod';
import { interfaceLanguageSettingSchema } from '../language/languages';

const EMAIL = z.regexes.email;

/** A whole-number setting from `min` to `max`, `fallback` until it is set. */
const wholeNumberSetting = (min: number, max: number, fallback: number) =>
  z.number().int().min(min, { error: 'errors.range' }).max(max, { error: 'errors.range' }).default(fallback);

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
  /** The practitioner's language for the screens; what patients read follows each patient's language. */
  interfaceLanguage: interfaceLanguageSettingSchema,
  dateFormat: z.enum(['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']).default('DD/MM/YYYY'),
  paperSize: z.enum(['A4', 'LETTER']).default('A4'),
  /** Minutes without use before the app locks itself and hides all patient data. */
  autoLockMinutes: wholeNumberSetting(1, 240, 5),
  /** How long a signed intake counts as current before the header asks for a new one. */
  intakeValidityMonths: wholeNumberSetting(1, 60, 6),
  /**
   * Minimum hours between a consent being given and the first treatment of a course; 0 is off (the
   * default). When on, signing earlier needs a recorded reason.
   */
  consentCoolingOffHours: wholeNumberSetting(0, 720, 0),
  /** Lots expiring within this many days are listed on the home screen. */
  lotExpiryWindowDays: wholeNumberSetting(1, 365, 60),
  /** The recall list also shows patients due within this many days. */
  recallAheadDays: wholeNumberSetting(0, 90, 7),
  /** A session cannot be signed until each view of its photo protocol has a before photo or a skip reason. */
  beforePhotosRequired: z.boolean().default(true),
  /** The clinic profile: printed on the letterhead of every consent form and aftercare sheet. */
  clinicName: shortText(200),
  clinicAddress: shortText(500),
  clinicPhone: shortText(40),
  clinicEmail: shortText(254).refine((v) => v === '' || EMAIL.test(v), { error: 'errors.email' }),
  practitionerName: shortText(200),
  practitionerQualifications: shortText(300),
  practitionerRegistration: shortText(100),
  /** Printed on aftercare sheets under "when to seek urgent help". */
  emergencyContactLine: shortText(300),
  /**
   * A second folder (an external drive or another disk) that every automatic backup is also written
   * to, so a backup survives the loss of this computer's disk; empty for none.
   */
  secondBackupFolder: shortText(1000),
  /** The diary's time zone (IANA name); empty means this computer's zone. */
  clinicTimeZone: shortText(64).refine((v) => v === '' || isTimeZone(v), { error: 'errors.timeZone' }),
  /** Opening hours per weekday (Monday first) with breaks, and whole days off. */
  workingWeek: workingWeekSchema,
  daysOff: daysOffSchema,
  /** The reminder text with {{merge fields}}; empty means the built-in text in each patient's language. */
  reminderTemplate: shortText(4000),
  /** The text reminding of a due recall (nothing booked yet); empty means the built-in text in each patient's language. */
  recallReminderTemplate: shortText(4000),
  /** "To remind today" lists appointments up to this many days ahead. */
  reminderDaysAhead: wholeNumberSetting(1, 14, 2),
  /** SHA-256 of the current logo in clinic_logos; set only through settings.setLogo. */
  logoHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable()
    .default(null),
};

export const settingsSchema = z.strictObject(settingsShape);

/**
 * How stored settings are read back. A value is only replaced by its default when it cannot be read
 * at all, never because a later version checks it more strictly than the one that saved it.
 */
export const storedSettingsShape = { ...settingsShape, workingWeek: storedWorkingWeekSchema };
export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsShape) as SettingKey[];

type Shape = typeof settingsShape;
/** A patch names only the settings it changes: defaults must not fill in (and reset) the others. */
const patchShape = Object.fromEntries(
  Object.entries(settingsShape)
    .filter(([key]) => key !== 'logoHash')
    .map(([key, schema]) => [key, schema.unwrap().optional()]),
) as { [K in Exclude<keyof Shape, 'logoHash'>]: z.ZodOptional<ReturnType<Shape[K]['unwrap']>> };

export const settingsUpdateSchema = z.strictObject({ patch: z.strictObject(patchShape) });
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIME_TYPES)[number];
/** 512 KB of image: a crisp letterhead logo, not a photo album. */
export const MAX_LOGO_BYTES = 512 * 1024;
const MAX_LOGO_DATA_URL_CHARS = Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64;

export const logoDataUrlSchema = z
  .string({ error: 'errors.logoImage' })
  .max(MAX_LOGO_DATA_URL_CHARS, { error: 'errors.logoTooLarge' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'errors.logoImage' });

export const settingsSetLogoSchema = z.strictObject({ dataUrl: logoDataUrlSchema.nullable() });

export interface ClinicLogo {
  hash: string;
  mime: LogoMime;
  dataUrl: string;
}
