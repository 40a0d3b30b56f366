import { z } from 'zod';
import type { Ingredient, ProductUnit } from '../catalog/schema';
import type { ImportedFrom, SignedStatus } from '../imports/provenance';
import { answersSchema } from '../intake/schema';
import { createInput, updateInput } from '../kernel/record-inputs';
import { id, isoDate, requiredText, text, version } from '../kernel/zod';
import type { DayCheck } from '../screening/day-check';
import type { PlannedTreatment } from '../screening/types';
import { optionalNumber, optionalWholeNumber, zoneId } from './fields';

/** A treatment session (visit): what was charted, its signature and its amendments. */

export const TECHNIQUES = [
  'nappage',
  'papule',
  'point-by-point',
  'linear-retrograde',
  'microneedling',
  'needle-free',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** What was injected or applied is always chosen on purpose: an unchosen product says so. */
const chosenProductId = z
  .number({ error: 'errors.chooseProduct' })
  .int({ error: 'errors.chooseProduct' })
  .positive({ error: 'errors.chooseProduct' })
  .max(Number.MAX_SAFE_INTEGER);

export const sessionItemSchema = z.strictObject({
  zone: zoneId,
  productId: chosenProductId,
  lotId: id.nullable().default(null),
  volumeMl: optionalNumber(0, 1000),
  /** How much of the lot this used, in the product's unit (vials for a vial product). */
  quantityUsed: optionalNumber(0, 1000),
  dilution: text(100).default(''),
  /** Required to use a lot past its expiry date. */
  expiredOverrideReason: text(1000).default(''),
});
export type SessionItemInput = z.input<typeof sessionItemSchema>;
export type SessionItemFields = z.output<typeof sessionItemSchema>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const sessionFieldsSchema = z.strictObject({
  date: isoDate,
  time: z
    .string({ error: 'errors.time' })
    .max(5, { error: 'errors.time' })
    .regex(TIME, { error: 'errors.time' }),
  areas: z.array(zoneId).max(30, { error: 'errors.tooMany' }).default([]),
  technique: z.enum(TECHNIQUES, { error: 'errors.choose' }).nullable().default(null),
  needleGauge: optionalWholeNumber(18, 34),
  needleLengthMm: optionalNumber(0, 50),
  depthMm: optionalNumber(0, 20),
  anaesthetic: z.boolean().default(false),
  anaestheticName: text(200).default(''),
  /** The skin antiseptic used: it touches the skin, so it is screened against the allergies. */
  antiseptic: text(200).default(''),
  /** Why the first treatment goes ahead before the clinic's consent cooling-off time has passed. */
  coolingOffReason: text(1000).default(''),
  items: z.array(sessionItemSchema).max(60, { error: 'errors.tooMany' }).default([]),
  totalVolumeMl: optionalNumber(0, 1000),
  painScore: optionalWholeNumber(0, 10),
  reactions: text(2000).default(''),
  notes: text(4000).default(''),
  priceMinor: optionalWholeNumber(0, 100_000_000_000),
});
export type SessionFieldsInput = z.input<typeof sessionFieldsSchema>;
export type SessionFields = z.output<typeof sessionFieldsSchema>;

export const sessionCreateSchema = createInput('courseId', sessionFieldsSchema);
/** The pre-sign check on a chart as it stands in the editor (not saved yet, or edited since). */
export const sessionPrecheckSchema = sessionCreateSchema.extend({
  /** The saved draft the chart belongs to, if any: its before photos count. */
  sessionId: id.nullable().optional(),
});
export const sessionUpdateSchema = updateInput(sessionFieldsSchema);
export const sessionSignSchema = z.strictObject({
  id,
  version,
});
/** The day-of-treatment check, answered with the patient; saved apart from the charting fields. */
export const sessionDayCheckSchema = z.strictObject({ id, answers: answersSchema });

export const sessionAmendSchema = z.strictObject({ id, text: requiredText(4000) });

export type SessionStatus = 'draft' | 'signed';

/** One thing standing between a draft and its signature: an i18n key with its parameters. */
export interface CompletenessProblem {
  key: string;
  params?: Record<string, string | number>;
  /** Standard photo views the message lists (by code): the screen shows their translated names as `views`. */
  photoViews?: string[];
}

export interface SessionItem extends SessionItemFields {
  productName: string;
  unit: ProductUnit;
  ingredients: Ingredient[];
  lotNumber: string | null;
  expiryDate: string | null;
  /** The lot had expired on the session date. */
  expired: boolean;
}

export interface Amendment {
  id: number;
  text: string;
  createdAt: string;
  /** Set when the amendment came in by FHIR re-import. */
  imported: ImportedFrom | null;
}

export interface SessionSummary {
  id: number;
  patientId: number;
  courseId: number;
  indication: string;
  status: SessionStatus;
  date: string;
  time: string;
  /** Session n of N: fixed when signed; for a draft, the number it will get. */
  sequence: number;
  plannedSessions: number;
  areas: string[];
  signedAt: string | null;
  amendments: number;
  /** Set when the session came in by FHIR re-import: it was not signed in this clinic. */
  imported: ImportedFrom | null;
}

export interface Session extends Omit<SessionFields, 'items'>, SessionSummary {
  items: SessionItem[];
  /** Null until answered; sessions signed before the day check existed have none. */
  dayCheck: DayCheck | null;
  currency: string;
  contentHash: string | null;
  amendmentTrail: Amendment[];
  version: number;
}

export interface SessionCheck {
  problems: CompletenessProblem[];
  /** ABSOLUTE screening flags for the session's areas and products without a decision to treat. */
  blockingFlags: string[];
  areas: string[];
  ingredients: string[];
  /** The plan the screening panel shows and decides on: every substance, the session and its date. */
  planned: PlannedTreatment & { sessionId?: number };
}

export interface SessionVerification {
  /** Signed in this clinic and unchanged since. Never true for an imported session. */
  valid: boolean;
  status: SignedStatus;
  storedHash: string;
  computedHash: string;
  /** For an imported session: where from, and whether its content still hashes to the claimed hash. */
  imported: (ImportedFrom & { originalHashMatches: boolean }) | null;
}
