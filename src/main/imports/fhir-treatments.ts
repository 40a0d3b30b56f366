import type { Extension } from '../../shared/fhir/r4';
import type { AuditLog } from '../audit/repository';
import { lotKey } from '../catalog/quantities';
import { createCatalogRows } from '../catalog/rows';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { createAdverseEventRows } from '../treatments/adverse-event-rows';
import { createCourseRows } from '../treatments/course-rows';
import { createSessionRows } from '../treatments/session-rows';
import type {
  AdverseEventRecordPayload,
  SessionRecordPayload,
  StoredLot,
  StoredProduct,
} from '../treatments/stored-records';
import { createProvenanceRepository } from './provenance';

const unreadable = () =>
  new AppError('VALIDATION', 'errors.validation', { json: 'errors.fhirTreatmentRecord' });

/** The stored record an extension carries, or null when the resource has none. */
export function recordPayload<T extends { format: string }>(
  extension: Extension[] | undefined,
  url: string,
  format: T['format'],
): T | null {
  const data = extension?.find((e) => e.url === url)?.valueAttachment?.data;
  if (!data) return null;
  let payload: T;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as T;
  } catch {
    throw unreadable();
  }
  if (payload?.format !== format) throw unreadable();
  return payload;
}

/** How much of its lot an item used, in hundredths: the volume for an ml product, else the vials. */
/** A stored JSON object from a bundle, or null when it is missing or not an object. */
function jsonObjectOrNull(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? text : null;
  } catch {
    return null;
  }
}

const itemUse = (item: SessionRecordPayload['items'][number]) =>
  (item.product.unit === 'ml' ? item.volumeC : item.quantityC) ?? 0;

/**
 * Recreates sessions (with their course, items, amendments) and adverse events (with their lots) from
 * the stored records our own FHIR export carries. Products and lots are found in this clinic by product
 * name and lot number, else created; a created lot receives exactly what the imported signed sessions
 * used, so its stock is consistent (nothing left). Where it is free, a created product or lot keeps its
 * id from the exporting clinic, because a signed session's hashed content names them: in an empty
 * clinic its content still hashes to what the bundle claimed. Sessions, amendments and adverse events are
 * marked imported (origin), never signed here.
 */
export function createTreatmentImporter(
  db: Db,
  audit: AuditLog,
  now: () => Date,
  origin: { source: string; importedAt: string },
) {
  const provenance = createProvenanceRepository(db);
  const sessionRows = createSessionRows(db);
  const productByUid = db.prepare<[string], number>('SELECT id FROM products WHERE uid = ?').pluck();
  const productByName = db
    .prepare<[string, string], number>(
      'SELECT id FROM products WHERE name = ? AND unit = ? ORDER BY archived_at IS NOT NULL, id LIMIT 1',
    )
    .pluck();
  const productIdFree = db.prepare<[number], number>('SELECT count(*) FROM products WHERE id = ?').pluck();
  const catalogRows = createCatalogRows(db);
  const lotByKey = db
    .prepare<[number, string], number>('SELECT id FROM lots WHERE product_id = ? AND lot_key = ?')
    .pluck();
  const lotIdFree = db.prepare<[number], number>('SELECT count(*) FROM lots WHERE id = ?').pluck();
  const receiveAndUse = db.prepare(
    'UPDATE lots SET received_c = received_c + @received, used_c = used_c + @used, updated_at = @now WHERE id = @id',
  );
  const courseByUid = db.prepare<[string], { id: number; patient_id: number }>(
    'SELECT id, patient_id FROM courses WHERE uid = ?',
  );
  const courseRows = createCourseRows(db);
  const sessionByUid = db.prepare<[string], number>('SELECT id FROM sessions WHERE uid = ?').pluck();
  const eventByUid = db.prepare<[string], number>('SELECT id FROM adverse_events WHERE uid = ?').pluck();
  const eventRows = createAdverseEventRows(db);

  const counts = { products: 0, lots: 0, courses: 0, sessions: 0, adverseEvents: 0 };
  const products = new Map<number, number>();
  const lots = new Map<number, number>();
  const sessions = new Map<string, number>();

  function product(p: StoredProduct): number {
    const known = products.get(p.id);
    if (known !== undefined) return known;
    let id = productByUid.get(p.uid) ?? productByName.get(p.name, p.unit);
    if (id === undefined) {
      const at = now().toISOString();
      id = catalogRows.insertProduct({ ...p, id: productIdFree.get(p.id) ? null : p.id, now: at });
      audit.append('create', 'product', id);
      counts.products += 1;
    }
    products.set(p.id, id);
    return id;
  }

  function lot(p: StoredProduct, l: StoredLot): number {
    const known = lots.get(l.id);
    if (known !== undefined) return known;
    const productId = product(p);
    const key = lotKey(l.lotNumber);
    let id = lotByKey.get(productId, key);
    if (id === undefined) {
      id = catalogRows.insertLot({
        id: lotIdFree.get(l.id) ? null : l.id,
        productId,
        lotNumber: l.lotNumber,
        lotKey: key,
        expiryDate: l.expiryDate,
        receivedDate: l.receivedDate,
        receivedC: 0,
        quarantined: l.quarantined ? 1 : 0,
        now: now().toISOString(),
      });
      audit.append('create', 'lot', id);
      counts.lots += 1;
    }
    lots.set(l.id, id);
    return id;
  }

  function course(c: SessionRecordPayload['course'], patientId: number): number | null {
    const existing = courseByUid.get(c.uid);
    if (existing) return existing.patient_id === patientId ? existing.id : null;
    const id = courseRows.insert({ ...c, patientId });
    audit.append('create', 'course', id);
    counts.courses += 1;
    return id;
  }

  function session(s: SessionRecordPayload, patientId: number): void {
    if (typeof s.uid !== 'string' || !Array.isArray(s.items) || !Array.isArray(s.amendments) || !s.course)
      throw unreadable();
    if (sessionByUid.get(s.uid)) return;
    const courseId = course(s.course, patientId);
    if (courseId === null) return;
    const id = sessionRows.insertDraft({
      ...s,
      dayCheckJson: jsonObjectOrNull(s.dayCheckJson),
      patientId,
      courseId,
    });
    const used = new Map<number, number>();
    for (const item of s.items) {
      const lotId = item.lot ? lot(item.product, item.lot) : null;
      sessionRows.insertItem({
        sessionId: id,
        position: item.position,
        zone: item.zone,
        productId: product(item.product),
        lotId,
        volumeC: item.volumeC,
        quantityC: item.quantityC,
        dilution: item.dilution,
        expiredOverrideReason: item.expiredOverrideReason,
      });
      if (lotId !== null && s.status === 'signed') used.set(lotId, (used.get(lotId) ?? 0) + itemUse(item));
    }
    // The items go in while the session is a draft; the signature (and the lock) comes last, as in sign().
    if (s.status === 'signed') {
      if (!sessionRows.markSigned({ ...s, id })) throw unreadable();
      // The stock a signed session took: received with the import, so the lot's balance is unchanged.
      for (const [lotId, hundredths] of used) {
        receiveAndUse.run({ id: lotId, received: hundredths, used: hundredths, now: now().toISOString() });
      }
    }
    provenance.mark({
      kind: 'session',
      id,
      patientId,
      ...origin,
      originalHash: s.status === 'signed' ? s.contentHash : null,
      originalSignedAt: s.status === 'signed' ? s.signedAt : null,
    });
    for (const a of s.amendments) {
      const amendment = sessionRows.insertAmendment(id, patientId, a.text, a.createdAt);
      provenance.mark({ kind: 'amendment', id: amendment, patientId, ...origin });
    }
    sessions.set(s.uid, id);
    audit.append('import', 'session', id);
    counts.sessions += 1;
  }

  function adverseEvent(e: AdverseEventRecordPayload, patientId: number): void {
    if (typeof e.uid !== 'string' || !Array.isArray(e.lots)) throw unreadable();
    if (eventByUid.get(e.uid)) return;
    const sessionId = e.sessionUid ? (sessions.get(e.sessionUid) ?? null) : null;
    const id = eventRows.insert({ ...e, patientId, sessionId });
    for (const l of e.lots) eventRows.linkLot(id, lot(l.product, l.lot));
    provenance.mark({ kind: 'adverse-event', id, patientId, ...origin });
    audit.append('import', 'adverse-event', id);
    counts.adverseEvents += 1;
  }

  /** Runs one record's inserts; a record the database refuses makes the whole bundle unreadable. */
  const guarded =
    <T>(fn: (payload: T, patientId: number) => void) =>
    (payload: T, patientId: number) => {
      try {
        fn(payload, patientId);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw unreadable();
      }
    };

  return { session: guarded(session), adverseEvent: guarded(adverseEvent), course, counts };
}
