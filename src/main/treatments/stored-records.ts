import type { Db } from '../db/types';
import { groupBy } from '../kernel/group-by';

/** A product as stored, so a re-import can find it (or create it) in another clinic. */
export interface StoredProduct {
  id: number;
  uid: string;
  name: string;
  manufacturer: string;
  type: string;
  ingredientsJson: string;
  unit: string;
  notes: string;
}

/** A lot as stored (its stock stays behind: a re-import receives what the sessions used). */
export interface StoredLot {
  id: number;
  lotNumber: string;
  lotKey: string;
  expiryDate: string;
  receivedDate: string;
  /** Set aside (migration 9); absent from exports written before it was carried. */
  quarantined?: boolean;
}

export interface StoredCourse {
  uid: string;
  planJson: string;
  startDate: string;
  status: string;
  sessionsDone: number;
  nextPhase: string | null;
  nextNumber: number | null;
  nextDueDate: string | null;
  nextLatestDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A session exactly as stored: its course, items (with product and lot) and amendments. */
export interface SessionRecordPayload {
  format: 'mesodesk.session-record/1';
  uid: string;
  status: 'draft' | 'signed';
  performedOn: string;
  performedTime: string;
  fieldsJson: string;
  /** Absent from bundles written before the day-of-treatment check existed. */
  dayCheckJson?: string | null;
  currency: string;
  sequence: number | null;
  contentJson: string | null;
  contentHash: string | null;
  signedAt: string | null;
  createdAt: string;
  updatedAt: string;
  course: StoredCourse;
  items: {
    position: number;
    zone: string;
    volumeC: number | null;
    quantityC: number | null;
    dilution: string;
    expiredOverrideReason: string;
    product: StoredProduct;
    lot: StoredLot | null;
  }[];
  amendments: { text: string; createdAt: string }[];
}

/** An adverse event exactly as stored, with the session it followed and its lots. */
export interface AdverseEventRecordPayload {
  format: 'mesodesk.adverse-event-record/1';
  uid: string;
  sessionUid: string | null;
  type: string;
  onsetDate: string;
  severity: string;
  description: string;
  actionTaken: string;
  followUpJson: string;
  resolvedDate: string | null;
  createdAt: string;
  updatedAt: string;
  lots: { product: StoredProduct; lot: StoredLot }[];
}

type Row = Record<string, unknown>;

/**
 * Reads the columns `keys` of a row (snake_case in SQL, with an optional table prefix) under their
 * camelCase names, in the order given: the payload's key order is what the export writes. The column
 * names are worked out once per reader, not per row (the whole-clinic export reads a million rows).
 */
function columns<T>(keys: readonly (keyof T & string)[], prefix = ''): (row: Row, into?: Row) => T {
  const names = keys.map((key) => prefix + key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  return (row, into = {}) => {
    for (let i = 0; i < keys.length; i++) into[keys[i] as string] = row[names[i] as string];
    return into as T;
  };
}

const product = columns<StoredProduct>(
  ['id', 'uid', 'name', 'manufacturer', 'type', 'ingredientsJson', 'unit', 'notes'],
  'p_',
);

const lotColumns = columns<StoredLot>(['id', 'lotNumber', 'lotKey', 'expiryDate', 'receivedDate'], 'l_');
function lot(r: Row): StoredLot | null {
  if (r.l_id === null) return null;
  const stored = lotColumns(r);
  stored.quarantined = r.l_quarantined === 1;
  return stored;
}

const PRODUCT_COLUMNS = `p.id AS p_id, p.uid AS p_uid, p.name AS p_name, p.manufacturer AS p_manufacturer,
  p.type AS p_type, p.ingredients_json AS p_ingredients_json, p.unit AS p_unit, p.notes AS p_notes`;
const LOT_COLUMNS = `l.id AS l_id, l.lot_number AS l_lot_number, l.lot_key AS l_lot_key,
  l.expiry_date AS l_expiry_date, l.received_date AS l_received_date, l.quarantined AS l_quarantined`;

const sessionColumns = columns<Omit<SessionRecordPayload, 'format' | 'course' | 'items' | 'amendments'>>([
  'uid',
  'status',
  'performedOn',
  'performedTime',
  'fieldsJson',
  'dayCheckJson',
  'currency',
  'sequence',
  'contentJson',
  'contentHash',
  'signedAt',
  'createdAt',
  'updatedAt',
]);
const courseColumns = columns<StoredCourse>([
  'uid',
  'planJson',
  'startDate',
  'status',
  'sessionsDone',
  'nextPhase',
  'nextNumber',
  'nextDueDate',
  'nextLatestDate',
  'createdAt',
  'updatedAt',
]);
const itemColumns = columns<Omit<SessionRecordPayload['items'][number], 'product' | 'lot'>>([
  'position',
  'zone',
  'volumeC',
  'quantityC',
  'dilution',
  'expiredOverrideReason',
]);

type StoredItem = SessionRecordPayload['items'][number];

/**
 * A session's stored record from its row, its course (as stored), its item rows with each one's product
 * and lot (as stored) and its amendments.
 */
function sessionPayload(
  s: Row,
  course: StoredCourse,
  items: { row: Row; product: StoredProduct; lot: StoredLot | null }[],
  amendmentRows: { text: string; created_at: string }[],
): SessionRecordPayload {
  const payload = sessionColumns(s, { format: 'mesodesk.session-record/1' }) as SessionRecordPayload;
  payload.course = course;
  payload.items = items.map((i) => {
    const item = itemColumns(i.row) as StoredItem;
    item.product = i.product;
    item.lot = i.lot;
    return item;
  });
  payload.amendments = amendmentRows.map((a) => ({ text: a.text, createdAt: a.created_at }));
  return payload;
}

/** Values read once per page of patients by id (a clinic's products, lots and courses recur). */
function readOnce<T>(read: (id: number) => T): (id: number) => T {
  const known = new Map<number, T>();
  return (id) => {
    if (known.has(id)) return known.get(id) as T;
    const value = read(id);
    known.set(id, value);
    return value;
  };
}

const eventColumns = columns<Omit<AdverseEventRecordPayload, 'format' | 'lots'>>([
  'uid',
  'sessionUid',
  'type',
  'onsetDate',
  'severity',
  'description',
  'actionTaken',
  'followUpJson',
  'resolvedDate',
  'createdAt',
  'updatedAt',
]);

/** Reads sessions and adverse events row for row, for the export's re-import extension. */
export function createStoredRecordReader(db: Db) {
  const sessionRow = db.prepare<[number], Row>('SELECT * FROM sessions WHERE id = ?');
  const courseRow = db.prepare<[number], Row>('SELECT * FROM courses WHERE id = ?');
  const items = db.prepare<[number], Row>(`
    SELECT i.*, ${PRODUCT_COLUMNS}, ${LOT_COLUMNS}
    FROM session_items i JOIN products p ON p.id = i.product_id LEFT JOIN lots l ON l.id = i.lot_id
    WHERE i.session_id = ? ORDER BY i.position`);
  const amendments = db.prepare<[number], { text: string; created_at: string }>(
    'SELECT text, created_at FROM session_amendments WHERE session_id = ? ORDER BY id',
  );
  const coursesOfPatients = db.prepare<[number, number], Row>(
    'SELECT * FROM courses WHERE patient_id BETWEEN ? AND ?',
  );
  // In the index's order (patient, date, session, position): each session's items come by position.
  const itemsOfPatients = db.prepare<[number, number], Row>(`
    SELECT i.* FROM sessions s JOIN session_items i ON i.session_id = s.id
    WHERE s.patient_id BETWEEN ? AND ? ORDER BY s.patient_id, s.performed_on, s.id, i.position`);
  const productRow = db.prepare<[number], Row>(`SELECT ${PRODUCT_COLUMNS} FROM products p WHERE p.id = ?`);
  const lotRow = db.prepare<[number], Row>(`SELECT ${LOT_COLUMNS} FROM lots l WHERE l.id = ?`);
  const amendmentsOfPatients = db.prepare<
    [number, number],
    { session_id: number; text: string; created_at: string }
  >(
    'SELECT session_id, text, created_at FROM session_amendments WHERE patient_id BETWEEN ? AND ? ORDER BY id',
  );
  const eventRow = db.prepare<[number], Row>(`
    SELECT e.*, s.uid AS session_uid FROM adverse_events e LEFT JOIN sessions s ON s.id = e.session_id
    WHERE e.id = ?`);
  const eventLots = db.prepare<[number], Row>(`
    SELECT ${PRODUCT_COLUMNS}, ${LOT_COLUMNS}
    FROM adverse_event_lots a JOIN lots l ON l.id = a.lot_id JOIN products p ON p.id = l.product_id
    WHERE a.adverse_event_id = ? ORDER BY l.id`);

  return {
    session(id: number): SessionRecordPayload | null {
      const s = sessionRow.get(id);
      const c = s ? courseRow.get(s.course_id as number) : undefined;
      if (!s || !c) return null;
      const parts = items.all(id).map((row) => ({ row, product: product(row), lot: lot(row) }));
      return sessionPayload(s, courseColumns(c), parts, amendments.all(id));
    },
    /** The stored records of `rows`, the sessions of patients first..last, by session id: four queries in all. */
    sessionsOfPatients(
      first: number,
      last: number,
      rows: readonly object[],
    ): Map<number, SessionRecordPayload> {
      const courses = new Map(
        coursesOfPatients.all(first, last).map((c) => [c.id as number, courseColumns(c)]),
      );
      const productOf = readOnce((id) => {
        const row = productRow.get(id);
        return row ? product(row) : null;
      });
      const lotOf = readOnce((id) => {
        const row = lotRow.get(id);
        return row ? lot(row) : null;
      });
      // As the join of the single session's query: an item's product is there, its lot may not be.
      const parts = itemsOfPatients.all(first, last).flatMap((row) => {
        const itemProduct = productOf(row.product_id as number);
        if (!itemProduct) return [];
        const itemLot = row.lot_id === null ? null : lotOf(row.lot_id as number);
        return [{ row, product: itemProduct, lot: itemLot }];
      });
      const itemsOf = groupBy(parts, (i) => i.row.session_id as number);
      const amendmentsOf = groupBy(amendmentsOfPatients.all(first, last), (r) => r.session_id);
      const payloads = new Map<number, SessionRecordPayload>();
      for (const s of rows as Row[]) {
        const id = s.id as number;
        const c = courses.get(s.course_id as number);
        if (c) payloads.set(id, sessionPayload(s, c, itemsOf.get(id) ?? [], amendmentsOf.get(id) ?? []));
      }
      return payloads;
    },
    adverseEvent(id: number): AdverseEventRecordPayload | null {
      const e = eventRow.get(id);
      if (!e) return null;
      return {
        format: 'mesodesk.adverse-event-record/1',
        ...eventColumns(e),
        lots: eventLots.all(id).map((r) => ({ product: product(r), lot: lot(r) as StoredLot })),
      };
    },
  };
}

export type StoredRecordReader = ReturnType<typeof createStoredRecordReader>;
