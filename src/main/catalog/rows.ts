import type { Db } from '../db/types';
import type { StoredProduct } from '../treatments/stored-records';

/** A product as inserted; `id` null takes the next free id (the re-import keeps the exported one when free). */
export type ProductInsert = Omit<StoredProduct, 'id'> & { id: number | null; now: string };

/** A lot as inserted, its stock in hundredths. */
export interface LotInsert {
  id: number | null;
  productId: number;
  lotNumber: string;
  lotKey: string;
  expiryDate: string;
  receivedDate: string;
  receivedC: number;
  /** 1 for a lot held back from use (an expired lot recorded to be disposed of); 0 when omitted. */
  quarantined?: number;
  now: string;
}

/** The one INSERT of a product and of a lot: the catalogue's own and the FHIR re-import's. */
export function createCatalogRows(db: Db) {
  const product = db.prepare(`
    INSERT INTO products (id, uid, name, manufacturer, type, ingredients_json, unit, notes, created_at, updated_at)
    VALUES (@id, @uid, @name, @manufacturer, @type, @ingredientsJson, @unit, @notes, @now, @now)`);
  const lot = db.prepare(`
    INSERT INTO lots (id, product_id, lot_number, lot_key, expiry_date, received_date, received_c, quarantined,
      created_at, updated_at)
    VALUES (@id, @productId, @lotNumber, @lotKey, @expiryDate, @receivedDate, @receivedC, @quarantined, @now, @now)`);
  return {
    insertProduct: (row: ProductInsert): number => Number(product.run(row).lastInsertRowid),
    insertLot: (row: LotInsert): number => Number(lot.run({ quarantined: 0, ...row }).lastInsertRowid),
  };
}
