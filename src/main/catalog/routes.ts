import type { catalogContract } from '../../shared/catalog/contract';
import { NOT_AUDITED, type Routes } from '../route';
import { lotRecallCsv } from './recall-csv';

export const catalogRoutes: Routes<typeof catalogContract> = {
  'products.list': {
    handle: (s, i) => s.products.list(i.includeArchived),
    audit: NOT_AUDITED,
  },
  'products.create': {
    handle: (s, i) => s.products.create(i.fields),
    audit: (_i, p) => ['create', 'product', p.id],
  },
  'products.update': {
    handle: (s, i) => s.products.update(i.id, i.version, i.fields, i.archived),
    audit: (_i, p) => [p.archived ? 'archive' : 'update', 'product', p.id],
  },
  'lots.list': {
    handle: (s, i) => s.products.lots(i.productId),
    audit: NOT_AUDITED,
  },
  'lots.create': {
    handle: (s, i) => s.products.createLot(i.productId, i.fields),
    audit: (_i, l) => ['create', 'lot', l.id],
  },
  'lots.update': {
    handle: (s, i) => s.products.updateLot(i.id, i.version, i.fields),
    audit: (_i, l) => ['update', 'lot', l.id],
  },
  'lots.expiring': {
    handle: (s) => s.products.expiring(s.today(), s.settings.get().lotExpiryWindowDays),
    audit: NOT_AUDITED,
  },
  // A recall reads many patients' contact details: recorded by lot, never by patient.
  'lots.recall': {
    handle: (s, i) => s.products.recall(i.lotNumber),
    audit: (i) => ['open', 'lot-recall', i.lotNumber.slice(0, 60)],
  },
  'lots.recallCsv': {
    handle: (s, i) => lotRecallCsv(i.lotNumber, s.products.recall(i.lotNumber), s.today()),
    audit: (i) => ['export', 'lot-recall', i.lotNumber.slice(0, 60)],
  },
};
