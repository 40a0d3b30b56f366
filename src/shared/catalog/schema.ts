import { z } from 'zod';
import { createInput, type StoredRecord, updateInput } from '../kernel/record-inputs';
import { id, isoDate, requiredText, text, version } from '../kernel/zod';
import { quantity } from '../treatments/fields';
import type { SessionStatus } from '../treatments/sessions';

/** The product catalogue and its lots: what is injected, and which batch it came from. */

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
  version,
  fields: productFieldsSchema,
  archived: z.boolean().default(false),
});

export interface Product extends ProductFields, StoredRecord {
  builtin: boolean;
  archived: boolean;
}

export const lotFieldsSchema = z
  .strictObject({
    lotNumber: requiredText(60),
    expiryDate: isoDate,
    receivedDate: isoDate,
    quantityReceived: quantity(100_000),
    /** Kept out of use (expired on arrival, recalled): recorded and accounted for, never given. */
    quarantined: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.receivedDate > v.expiryDate) {
      ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'errors.receivedAfterExpiry' });
    }
  });
export type LotFieldsInput = z.input<typeof lotFieldsSchema>;
export type LotFields = z.output<typeof lotFieldsSchema>;

export const lotListSchema = z.strictObject({ productId: id.nullable().default(null) });
export const lotCreateSchema = createInput('productId', lotFieldsSchema);
export const lotUpdateSchema = updateInput(lotFieldsSchema);

export interface Lot extends LotFields, StoredRecord {
  productId: number;
  productName: string;
  unit: ProductUnit;
  quantityUsed: number;
  quantityRemaining: number;
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
  quarantined: l.quarantined,
});
