import type {
  ExpiringLots,
  Ingredient,
  Lot,
  LotFields,
  LotRecallRow,
  Product,
  ProductFields,
  ProductType,
  ProductUnit,
} from '../../shared/catalog/schema';
import { displayName } from '../../shared/patients/schema';
import { addDays } from '../../shared/treatments/schedule';
import type { SessionStatus } from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import { AppError, atVersion, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { fromHundredths, lotKey, toHundredths } from './quantities';
import { createCatalogRows } from './rows';

/** The old name, kept while branches that import it merge; new code uses ServiceDeps. */
export type { ServiceDeps as TreatmentDeps } from '../kernel/service-deps';

interface ProductRow {
  id: number;
  name: string;
  manufacturer: string;
  type: ProductType;
  ingredients_json: string;
  unit: ProductUnit;
  notes: string;
  builtin: number;
  archived_at: string | null;
  version: number;
}

interface LotRow {
  id: number;
  product_id: number;
  product_name: string;
  unit: ProductUnit;
  lot_number: string;
  expiry_date: string;
  received_date: string;
  received_c: number;
  used_c: number;
  quarantined: 0 | 1;
  version: number;
}

interface RecallRow {
  lot_id: number;
  lot_number: string;
  product_name: string;
  expiry_date: string;
  patient_id: number;
  number: string;
  first_name: string | null;
  last_name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  session_id: number;
  performed_on: string;
  status: SessionStatus;
  zone: string;
  volume_c: number | null;
}

const toProduct = (r: ProductRow): Product => ({
  id: r.id,
  name: r.name,
  manufacturer: r.manufacturer,
  type: r.type,
  ingredients: JSON.parse(r.ingredients_json) as Ingredient[],
  unit: r.unit,
  notes: r.notes,
  builtin: r.builtin === 1,
  archived: r.archived_at !== null,
  version: r.version,
});

export const toLot = (r: LotRow): Lot => ({
  id: r.id,
  productId: r.product_id,
  productName: r.product_name,
  unit: r.unit,
  lotNumber: r.lot_number,
  expiryDate: r.expiry_date,
  receivedDate: r.received_date,
  quantityReceived: fromHundredths(r.received_c),
  quantityUsed: fromHundredths(r.used_c),
  quantityRemaining: fromHundredths(r.received_c - r.used_c),
  quarantined: r.quarantined === 1,
  version: r.version,
});

const LOT_COLUMNS = `l.id, l.product_id, pr.name AS product_name, pr.unit, l.lot_number, l.expiry_date,
  l.received_date, l.received_c, l.used_c, l.quarantined, l.version`;

/** The lot recall query: every session item that used a lot with this number, with the patient's contacts. */
export const LOT_RECALL_SQL = `
  SELECT l.id AS lot_id, l.lot_number, pr.name AS product_name, l.expiry_date, p.id AS patient_id, p.number,
    p.first_name, p.last_name, p.phone, p.email, p.address, s.id AS session_id, s.performed_on, s.status,
    si.zone, si.volume_c
  FROM lots l
  JOIN products pr ON pr.id = l.product_id
  JOIN session_items si ON si.lot_id = l.id
  JOIN sessions s ON s.id = si.session_id
  JOIN patients p ON p.id = s.patient_id
  WHERE l.lot_key = ?
  ORDER BY p.sort_key, p.id, s.performed_on, si.position`;

export const EXPIRED_LOTS_SQL = `SELECT ${LOT_COLUMNS} FROM lots l JOIN products pr ON pr.id = l.product_id
  WHERE l.used_c < l.received_c AND l.quarantined = 0 AND l.expiry_date < ? ORDER BY l.expiry_date, l.id`;
export const EXPIRING_LOTS_SQL = `SELECT ${LOT_COLUMNS} FROM lots l JOIN products pr ON pr.id = l.product_id
  WHERE l.used_c < l.received_c AND l.quarantined = 0 AND l.expiry_date >= ? AND l.expiry_date <= ? ORDER BY l.expiry_date, l.id`;

/** The product catalogue and its lots: stock, expiry and recall. */
export function createProductService({ db, now, newId }: ServiceDeps) {
  const stamp = () => now().toISOString();
  const listAll = db.prepare<[], ProductRow>('SELECT * FROM products ORDER BY name COLLATE NOCASE, id');
  const listActive = db.prepare<[], ProductRow>(
    'SELECT * FROM products WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, id',
  );
  const byId = db.prepare<[number], ProductRow>('SELECT * FROM products WHERE id = ?');
  const rows = createCatalogRows(db);
  const update = db.prepare(`
    UPDATE products SET name = @name, manufacturer = @manufacturer, type = @type,
      ingredients_json = @ingredientsJson, unit = @unit, notes = @notes, updated_at = @now,
      archived_at = CASE WHEN @archived = 1 THEN COALESCE(archived_at, @now) ELSE NULL END,
      version = version + 1
    WHERE id = @id`);

  const lotById = db.prepare<[number], LotRow>(
    `SELECT ${LOT_COLUMNS} FROM lots l JOIN products pr ON pr.id = l.product_id WHERE l.id = ?`,
  );
  const lotsAll = db.prepare<[], LotRow>(
    `SELECT ${LOT_COLUMNS} FROM lots l JOIN products pr ON pr.id = l.product_id
     ORDER BY l.expiry_date, l.id`,
  );
  const lotsOfProduct = db.prepare<[number], LotRow>(
    `SELECT ${LOT_COLUMNS} FROM lots l JOIN products pr ON pr.id = l.product_id
     WHERE l.product_id = ? ORDER BY l.expiry_date, l.id`,
  );
  const lotByKey = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM lots WHERE product_id = ? AND lot_key = ?',
  );
  const updateLot = db.prepare(`
    UPDATE lots SET lot_number = @lotNumber, lot_key = @lotKey, expiry_date = @expiryDate,
      received_date = @receivedDate, received_c = @receivedC, quarantined = @quarantined, updated_at = @now, version = version + 1
    WHERE id = @id`);
  const takeStock = db.prepare('UPDATE lots SET used_c = used_c + ?, updated_at = ? WHERE id = ?');
  const recall = db.prepare<[string], RecallRow>(LOT_RECALL_SQL);
  const expired = db.prepare<[string], LotRow>(EXPIRED_LOTS_SQL);
  const expiring = db.prepare<[string, string], LotRow>(EXPIRING_LOTS_SQL);

  const mustProduct = (id: number): Product => toProduct(found(byId.get(id), 'product'));

  const mustLot = (id: number): Lot => toLot(found(lotById.get(id), 'lot'));

  const productParams = (f: ProductFields) => ({
    name: f.name,
    manufacturer: f.manufacturer,
    type: f.type,
    ingredientsJson: JSON.stringify(f.ingredients),
    unit: f.unit,
    notes: f.notes,
  });

  function checkLotNumber(productId: number, fields: LotFields, exceptId: number | null) {
    const clash = lotByKey.get(productId, lotKey(fields.lotNumber));
    if (clash && clash.id !== exceptId) {
      throw new AppError('VALIDATION', 'errors.validation', { lotNumber: 'errors.duplicateLot' });
    }
  }

  const lotParams = (f: LotFields) => ({
    lotNumber: f.lotNumber,
    lotKey: lotKey(f.lotNumber),
    expiryDate: f.expiryDate,
    receivedDate: f.receivedDate,
    receivedC: toHundredths(f.quantityReceived),
    quarantined: f.quarantined ? 1 : 0,
  });

  return {
    list: (includeArchived: boolean): Product[] =>
      (includeArchived ? listAll : listActive).all().map(toProduct),
    get: mustProduct,
    create(fields: ProductFields): Product {
      return mustProduct(
        rows.insertProduct({ id: null, uid: newId(), ...productParams(fields), now: stamp() }),
      );
    },
    update(id: number, version: number, fields: ProductFields, archived: boolean): Product {
      atVersion(mustProduct(id), version);
      update.run({ id, ...productParams(fields), archived: archived ? 1 : 0, now: stamp() });
      return mustProduct(id);
    },

    lots: (productId: number | null): Lot[] => {
      if (productId === null) return lotsAll.all().map(toLot);
      mustProduct(productId);
      return lotsOfProduct.all(productId).map(toLot);
    },
    getLot: mustLot,
    createLot(productId: number, fields: LotFields): Lot {
      mustProduct(productId);
      checkLotNumber(productId, fields, null);
      return mustLot(rows.insertLot({ id: null, productId, ...lotParams(fields), now: stamp() }));
    },
    updateLot(id: number, version: number, fields: LotFields): Lot {
      const current = atVersion(mustLot(id), version);
      checkLotNumber(current.productId, fields, id);
      if (toHundredths(fields.quantityReceived) < toHundredths(current.quantityUsed)) {
        throw new AppError('VALIDATION', 'errors.validation', { quantityReceived: 'errors.belowUsed' });
      }
      updateLot.run({ id, ...lotParams(fields), now: stamp() });
      return mustLot(id);
    },
    /** Takes stock out of a lot; the caller (the session sign) owns the transaction and checked stock. */
    takeStock(lotId: number, hundredths: number): void {
      takeStock.run(hundredths, stamp(), lotId);
    },
    expiring(today: string, windowDays: number): ExpiringLots {
      return {
        windowDays,
        expired: expired.all(today).map(toLot),
        expiring: expiring.all(today, addDays(today, windowDays)).map(toLot),
      };
    },
    recall(lotNumber: string): LotRecallRow[] {
      return recall.all(lotKey(lotNumber)).map((r) => ({
        lotId: r.lot_id,
        lotNumber: r.lot_number,
        productName: r.product_name,
        expiryDate: r.expiry_date,
        patientId: r.patient_id,
        patientNumber: r.number,
        patientName: displayName({ firstName: r.first_name, lastName: r.last_name }),
        phone: r.phone,
        email: r.email,
        address: r.address,
        sessionId: r.session_id,
        sessionDate: r.performed_on,
        sessionStatus: r.status,
        zone: zoneLabel(r.zone),
        volumeMl: r.volume_c === null ? null : fromHundredths(r.volume_c),
      }));
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
