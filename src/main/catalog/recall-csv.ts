import type { LotRecallCsv, LotRecallRow } from '../../shared/catalog/schema';
import { csvDocument } from '../exports/csv';

const HEADER = [
  'Lot number',
  'Product',
  'Expiry',
  'Patient number',
  'Patient',
  'Phone',
  'Email',
  'Address',
  'Session date',
  'Session status',
  'Area',
  'Volume (ml)',
];

/** The lot recall as a spreadsheet: one row per product use, with the patient's contact details. */
export function lotRecallCsv(lotNumber: string, rows: LotRecallRow[], today: string): LotRecallCsv {
  const csv = csvDocument(
    HEADER,
    rows.map((r) => [
      r.lotNumber,
      r.productName,
      r.expiryDate,
      r.patientNumber,
      r.patientName,
      r.phone,
      r.email,
      r.address,
      r.sessionDate,
      r.sessionStatus,
      r.zone,
      r.volumeMl,
    ]),
  );
  const safeLot = lotNumber.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 40) || 'lot';
  return { fileName: `lot-recall-${safeLot}-${today}.csv`, csv };
}
