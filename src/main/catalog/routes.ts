import type { catalogContract } from '../../shared/catalog/contract';
import { auditOutput, NOT_AUDITED, type Routes } from '../route';
import { lotRecallCsv } from './recall-csv';

export const catalogRoutes: Routes<typeof catalogContract> = {
  'products.list': [(s, i) => s.products.list(i.includeArchived), NOT_AUDITED],
  'products.create': [(s, i) => s.products.create(i.fields), auditOutput('create', 'product')],
  'products.update': [
    (s, i) => s.products.update(i.id, i.version, i.fields, i.archived),
    (_i, p) => [p.archived ? 'archive' : 'update', 'product', p.id],
  ],
  'lots.list': [(s, i) => s.products.lots(i.productId), NOT_AUDITED],
  'lots.create': [(s, i) => s.products.createLot(i.productId, i.fields), auditOutput('create', 'lot')],
  'lots.update': [(s, i) => s.products.updateLot(i.id, i.version, i.fields), auditOutput('update', 'lot')],
  'lots.expiring': [(s) => s.products.expiring(s.today(), s.settings.get().lotExpiryWindowDays), NOT_AUDITED],
  // A recall reads many patients' contact details: recorded by lot, never by patient.
  'lots.recall': [
    (s, i) => s.products.recall(i.lotNumber),
    (i) => ['open', 'lot-recall', i.lotNumber.slice(0, 60)],
  ],
  'lots.recallCsv': [
    (s, i) => lotRecallCsv(i.lotNumber, s.products.recall(i.lotNumber), s.today()),
    (i) => ['export', 'lot-recall', i.lotNumber.slice(0, 60)],
  ],
};
