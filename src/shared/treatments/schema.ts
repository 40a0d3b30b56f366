import { z } from 'zod';
import { isoDateProblem } from '../dates';
import type { ImportedFrom, SignedStatus } from '../imports/provenance';
import { hasOnlySafeCharacters } from '../text/characters';
import type { DueStanding, NextDue } from './schedule';
import { isZoneId } from './zones';

const id = z.number({ error: 'errors.id' }).int().positive().max(Number.MAX_SAFE_INTEGER);

const text = (max: number) =>
  z
    .string({ error: 'errors.text' })
    .trim()
    .max(max, { error: 'errors.tooLong' })
    .refine(hasOnlySafeCharacters, { error: 'errors.characters' });
const requiredText = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' })
    .refine(hasOnlySafeCharacters, { error: 'errors.characters' });

const isoDate = z
  .string({ error: 'errors.required' })
  .max(10, { error: 'errors.dateFormat' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = value === '' ? 'errors.required' : isoDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const optionalIsoDate = z
  .string({ error: 'errors.dateFormat' })
  .max(10, { error: 'errors.dateFormat' })
  .trim()
  .nullish()
  .transform((v) => v || null)
  .superRefine((value, ctx) => {
    const problem = value ? isoDateProblem(value) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A quantity with at most two decimals (stock is kept in hundredths, so sums never drift). */
const quantity = (max: number) =>
  z
    .number({ error: 'errors.number' })
    .min(0, { error: 'errors.range' })
    .max(max, { error: 'errors.range' })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: 'errors.twoDecimals' });
const optionalNumber = (min: number, max: number) =>
  z
    .number({ error: 'errors.number' })
    .min(min, { error: 'errors.range' })
    .max(max, { error: 'errors.range' })
    .nullable()
    .default(null);
const days = z.number({ error: 'errors.number' }).int({ error: 'errors.wholeNumber' }).min(1, {
  error: 'errors.range',
});
const zoneId = z.string().max(40).refine(isZoneId, { error: 'errors.zone' });

// ---------------------------------------------------------------- products and lots

export const PRODUCT_TYPES = ['mixture', 'single-active', 'diluent', 'anaesthetic'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];
export const PRODUCT_UNITS = ['ml', 'vial'] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

export const ingredientSchema = z.strictObject({
  name: requiredText(200),
  concentration: text(100).default(''),
});
export type Ingredient = z.output<typeof ingredientSchema>;

export const productFieldsSchema = z.strictObject({
  name: requiredText(200),
  manufacturer: text(200).default(''),
  type: z.enum(PRODUCT_TYPES, { error: 'errors.choose' }),
  ingredients: z.array(ingredientSchema).max(30, { error: 'errors.tooMany' }).default([]),
  unit: z.enum(PRODUCT_UNITS, { error: 'errors.choose' }),
  notes: text(2000).default(''),
});
export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;

export const productListSchema = z.strictObject({ includeArchived: z.boolean().default(false) });
export const productCreateSchema = z.strictObject({ fields: productFieldsSchema });
export const productUpdateSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fields: productFieldsSchema,
  archived: z.boolean().default(false),
});

export interface Product extends ProductFields {
  id: number;
  builtin: boolean;
  archived: boolean;
  version: number;
}

export const lotFieldsSchema = z
  .strictObject({
    lotNumber: requiredText(60),
    expiryDate: isoDate,
    receivedDate: isoDate,
    quantityReceived: quantity(100_000),
  })
  .superRefine((v, ctx) => {
    if (v.receivedDate > v.expiryDate) {
      ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'errors.receivedAfterExpiry' });
    }
  });
export type LotFieldsInput = z.input<typeof lotFieldsSchema>;
export type LotFields = z.output<typeof lotFieldsSchema>;

export const lotListSchema = z.strictObject({ productId: id.nullable().default(null) });
export const lotCreateSchema = z.strictObject({ productId: id, fields: lotFieldsSchema });
export const lotUpdateSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fields: lotFieldsSchema,
});

export interface Lot extends LotFields {
  id: number;
  productId: number;
  productName: string;
  unit: ProductUnit;
  quantityUsed: number;
  quantityRemaining: number;
  version: number;
}

export interface ExpiringLots {
  windowDays: number;
  expired: Lot[];
  expiring: Lot[];
}

export const lotRecallSchema = z.strictObject({ lotNumber: requiredText(60) });
export const expiringLotsSchema = z.strictObject({});

export interface LotRecallCsv {
  fileName: string;
  csv: string;
}

export interface LotRecallRow {
  lotId: number;
  lotNumber: string;
  productName: string;
  expiryDate: string;
  patientId: number;
  patientNumber: string;
  patientName: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  sessionId: number;
  sessionDate: string;
  sessionStatus: SessionStatus;
  zone: string;
  volumeMl: number | null;
}

// ---------------------------------------------------------------- courses

export const COURSE_STATUSES = ['active', 'paused', 'closed'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

const range = (v: { minDays: number; maxDays: number }) => v.minDays <= v.maxDays;

export const courseFieldsSchema = z
  .strictObject({
    indication: requiredText(200),
    areas: z.array(zoneId).max(30, { error: 'errors.tooMany' }).default([]),
    plannedSessions: z
      .number({ error: 'errors.number' })
      .int({ error: 'errors.wholeNumber' })
      .min(1, { error: 'errors.range' })
      .max(40, { error: 'errors.range' }),
    initialSessions: z
      .number({ error: 'errors.number' })
      .int({ error: 'errors.wholeNumber' })
      .min(0, { error: 'errors.range' })
      .max(40, { error: 'errors.range' }),
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

export const courseListSchema = z.strictObject({ patientId: id });
export const courseCreateSchema = z.strictObject({ patientId: id, fields: courseFieldsSchema });
export const courseUpdateSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fields: courseFieldsSchema,
});

export interface Course extends CourseFields {
  id: number;
  patientId: number;
  /** Signed sessions so far. */
  sessionsDone: number;
  nextDue: NextDue | null;
  standing: DueStanding | null;
  version: number;
}

// ---------------------------------------------------------------- sessions

export const TECHNIQUES = [
  'nappage',
  'papule',
  'point-by-point',
  'linear-retrograde',
  'microneedling',
  'needle-free',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export const sessionItemSchema = z.strictObject({
  zone: zoneId,
  productId: id,
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
  needleGauge: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.wholeNumber' })
    .min(18, { error: 'errors.range' })
    .max(34, { error: 'errors.range' })
    .nullable()
    .default(null),
  needleLengthMm: optionalNumber(0, 50),
  depthMm: optionalNumber(0, 20),
  anaesthetic: z.boolean().default(false),
  anaestheticName: text(200).default(''),
  items: z.array(sessionItemSchema).max(60, { error: 'errors.tooMany' }).default([]),
  totalVolumeMl: optionalNumber(0, 1000),
  painScore: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.wholeNumber' })
    .min(0, { error: 'errors.range' })
    .max(10, { error: 'errors.range' })
    .nullable()
    .default(null),
  reactions: text(2000).default(''),
  notes: text(4000).default(''),
  priceMinor: z
    .number({ error: 'errors.number' })
    .int({ error: 'errors.wholeNumber' })
    .min(0, { error: 'errors.range' })
    .max(100_000_000_000, { error: 'errors.range' })
    .nullable()
    .default(null),
});
export type SessionFieldsInput = z.input<typeof sessionFieldsSchema>;
export type SessionFields = z.output<typeof sessionFieldsSchema>;

export const sessionIdSchema = z.strictObject({ id });
export const sessionListSchema = z.strictObject({ patientId: id });
export const sessionCreateSchema = z.strictObject({ courseId: id, fields: sessionFieldsSchema });
export const sessionUpdateSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fields: sessionFieldsSchema,
});
export const sessionSignSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
export const sessionAmendSchema = z.strictObject({ id, text: requiredText(4000) });

export type SessionStatus = 'draft' | 'signed';

/** One thing standing between a draft and its signature: an i18n key with its parameters. */
export interface CompletenessProblem {
  key: string;
  params?: Record<string, string | number>;
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

// ---------------------------------------------------------------- adverse events

export const ADVERSE_EVENT_TYPES = [
  'bruising',
  'swelling',
  'infection',
  'allergic',
  'nodules',
  'vascular',
  'hyperpigmentation',
  'scarring',
  'panniculitis',
  'vasovagal',
  'other',
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];
export const SEVERITY_GRADES = ['mild', 'moderate', 'severe'] as const;
export type SeverityGrade = (typeof SEVERITY_GRADES)[number];

export const adverseEventFieldsSchema = z
  .strictObject({
    sessionId: id.nullable().default(null),
    lotIds: z.array(id).max(60, { error: 'errors.tooMany' }).default([]),
    type: z.enum(ADVERSE_EVENT_TYPES, { error: 'errors.choose' }),
    onsetDate: isoDate,
    severity: z.enum(SEVERITY_GRADES, { error: 'errors.choose' }),
    description: requiredText(4000),
    actionTaken: text(4000).default(''),
    followUpDates: z.array(isoDate).max(20, { error: 'errors.tooMany' }).default([]),
    resolvedDate: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.resolvedDate && v.resolvedDate < v.onsetDate) {
      ctx.addIssue({ code: 'custom', path: ['resolvedDate'], message: 'errors.resolvedBeforeOnset' });
    }
  });
export type AdverseEventFieldsInput = z.input<typeof adverseEventFieldsSchema>;
export type AdverseEventFields = z.output<typeof adverseEventFieldsSchema>;

export const adverseEventListSchema = z.strictObject({ patientId: id });
export const adverseEventCreateSchema = z.strictObject({ patientId: id, fields: adverseEventFieldsSchema });
export const adverseEventUpdateSchema = z.strictObject({
  id,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  fields: adverseEventFieldsSchema,
});

export interface AdverseEvent extends AdverseEventFields {
  id: number;
  patientId: number;
  lotNumbers: string[];
  createdAt: string;
  version: number;
}

// ---------------------------------------------------------------- editing what was read

/** The editable fields of a record as read, for an update call. */
export const productFieldsOf = (p: Product): ProductFields => ({
  name: p.name,
  manufacturer: p.manufacturer,
  type: p.type,
  ingredients: p.ingredients,
  unit: p.unit,
  notes: p.notes,
});

export const lotFieldsOf = (l: Lot): LotFields => ({
  lotNumber: l.lotNumber,
  expiryDate: l.expiryDate,
  receivedDate: l.receivedDate,
  quantityReceived: l.quantityReceived,
});

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

export const adverseEventFieldsOf = (e: AdverseEvent): AdverseEventFields => ({
  sessionId: e.sessionId,
  lotIds: e.lotIds,
  type: e.type,
  onsetDate: e.onsetDate,
  severity: e.severity,
  description: e.description,
  actionTaken: e.actionTaken,
  followUpDates: e.followUpDates,
  resolvedDate: e.resolvedDate,
});

// ---------------------------------------------------------------- timeline, recall

export const timelineSchema = z.strictObject({
  patientId: id,
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export type TimelineKind = 'intake' | 'session' | 'amendment' | 'adverse-event' | 'document';

export interface TimelineEntry {
  kind: TimelineKind;
  id: number;
  /** ISO instant, or a YYYY-MM-DD date for dated clinical events. */
  at: string;
  /** A short status or type: draft/signed, the event type, the document kind. */
  detail: string;
  /** The record the entry belongs to (the session of an amendment or adverse event, a session's course). */
  parentId: number | null;
  /** A signed session's number within its course. */
  sequence: number | null;
  /** Where and when the record came in, for one brought by FHIR re-import (never signed here). */
  imported: Pick<ImportedFrom, 'source' | 'importedAt'> | null;
}

export interface TimelinePage {
  items: TimelineEntry[];
  total: number;
}

export const recallListSchema = z.strictObject({
  /** Also list patients due within this many days; 0 lists only those due now or overdue. */
  aheadDays: z.number().int().min(0).max(365).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export interface RecallRow {
  courseId: number;
  patientId: number;
  patientNumber: string;
  patientName: string;
  phone: string | null;
  indication: string;
  phase: 'course' | 'maintenance';
  sessionNumber: number;
  dueDate: string;
  latestDate: string;
  standing: DueStanding;
}
