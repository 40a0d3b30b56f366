import { call } from '../api/call';
import {
  type ExpiringLots,
  expiringLotsSchema,
  type Lot,
  type LotRecallCsv,
  type LotRecallRow,
  lotCreateSchema,
  lotListSchema,
  lotRecallSchema,
  lotUpdateSchema,
  type Product,
  productCreateSchema,
  productListSchema,
  productUpdateSchema,
} from './schema';

/** The product catalogue and its lots: what the clinic stocks, not what it did to a patient. */
export const catalogContract = {
  'products.list': call<typeof productListSchema, Product[]>(productListSchema),
  'products.create': call<typeof productCreateSchema, Product>(productCreateSchema),
  'products.update': call<typeof productUpdateSchema, Product>(productUpdateSchema),
  'lots.list': call<typeof lotListSchema, Lot[]>(lotListSchema),
  'lots.create': call<typeof lotCreateSchema, Lot>(lotCreateSchema),
  'lots.update': call<typeof lotUpdateSchema, Lot>(lotUpdateSchema),
  'lots.expiring': call<typeof expiringLotsSchema, ExpiringLots>(expiringLotsSchema),
  'lots.recall': call<typeof lotRecallSchema, LotRecallRow[]>(lotRecallSchema),
  'lots.recallCsv': call<typeof lotRecallSchema, LotRecallCsv>(lotRecallSchema),
} as const;
