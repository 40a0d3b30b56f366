import { call } from '../api/call';
import * as s from './schema';

/** The product catalogue and its lots: what the clinic stocks, not what it did to a patient. */
export const catalogContract = {
  'products.list': call(s.productListSchema).returns<s.Product[]>(),
  'products.create': call(s.productCreateSchema).returns<s.Product>(),
  'products.update': call(s.productUpdateSchema).returns<s.Product>(),
  'lots.list': call(s.lotListSchema).returns<s.Lot[]>(),
  'lots.create': call(s.lotCreateSchema).returns<s.Lot>(),
  'lots.update': call(s.lotUpdateSchema).returns<s.Lot>(),
  'lots.expiring': call(s.expiringLotsSchema).returns<s.ExpiringLots>(),
  'lots.recall': call(s.lotRecallSchema).returns<s.LotRecallRow[]>(),
  'lots.recallCsv': call(s.lotRecallSchema).returns<s.LotRecallCsv>(),
} as const;
