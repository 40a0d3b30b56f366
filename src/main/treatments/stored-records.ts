import type { Db } from '../db/types';

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

/** The columns each payload part copies, in the order the payload lists them. */
const PRODUCT = ['id', 'uid', 'name', 'manufacturer', 'type', 'ingredients_json', 'unit', 'notes'];
const LOT = ['id', 'lot_number', 'lot_key', 'expiry_date', 'received_date'];
const COURSE = [
  'uid',
  'plan_json',
  'start_date',
  'status',
  'sessions_done',
  'next_phase',
  'next_number',
  'next_due_date',
  'next_latest_date',
  'created_at',
  'updated_at',
];
const SESSION = [
  'uid',
  'status',
  'performed_on',
  'performed_time',
  'fields_json',
  'day_check_json',
  'currency',
  'sequence',
  'content_json',
  'content_hash',
  'signed_at',
  'created_at',
  'updated_at',
];
const ITEM = ['position', 'zone', 'volume_c', 'quantity_c', 'dilution', 'expired_override_reason'];
const EVENT = [
  'uid',
  'session_uid',
  'type',
  'onset_date',
  'severity',
  'description',
  'action_taken',
  'follow_up_json',
  'resolved_date',
  'created_at',
  'updated_at',
];

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The named columns of a row (read under `prefix`), under their camelCase names: the row as stored. */
const copy = <T>(row: Row, names: readonly string[], prefix = ''): T =>
  Object.fromEntries(names.map((name) => [camel(name), row[prefix + name]])) as T;

/** `p.id AS p_id, ...`: a joined table's columns under a prefix, so they do not clash. */
const aliased = (table: string, names: readonly string[]) =>
  names.map((name) => `${table}.${name} AS ${table}_${name}`).join(', ');

const product = (r: Row): StoredProduct => copy(r, PRODUCT, 'p_');
const lot = (r: Row): StoredLot | null => (r.l_id === null ? null : copy(r, LOT, 'l_'));

const PRODUCT_COLUMNS = aliased('p', PRODUCT);
const LOT_COLUMNS = aliased('l', LOT);

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
      return {
        format: 'mesodesk.session-record/1',
        ...copy<Omit<SessionRecordPayload, 'format' | 'course' | 'items' | 'amendments'>>(s, SESSION),
        course: copy<StoredCourse>(c, COURSE),
        items: items.all(id).map((r) => ({
          ...copy<Omit<SessionRecordPayload['items'][number], 'product' | 'lot'>>(r, ITEM),
          product: product(r),
          lot: lot(r),
        })),
        amendments: amendments.all(id).map((a) => ({ text: a.text, createdAt: a.created_at })),
      };
    },
    adverseEvent(id: number): AdverseEventRecordPayload | null {
      const e = eventRow.get(id);
      if (!e) return null;
      return {
        format: 'mesodesk.adverse-event-record/1',
        ...copy<Omit<AdverseEventRecordPayload, 'format' | 'lots'>>(e, EVENT),
        lots: eventLots.all(id).map((r) => ({ product: product(r), lot: lot(r) as StoredLot })),
      };
    },
  };
}

export type StoredRecordReader = ReturnType<typeof createStoredRecordReader>;
