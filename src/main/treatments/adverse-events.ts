import type {
  AdverseEvent,
  AdverseEventFields,
  AdverseEventType,
  SeverityGrade,
} from '../../shared/treatments/schema';
import type { ProductService } from '../catalog/products';
import { AppError, atVersion, found } from '../errors';
import type { ServiceDeps } from '../kernel/service-deps';
import { createPatientRepository } from '../patients/repository';
import { createAdverseEventRows } from './adverse-event-rows';
import { type AdverseEventRecordPayload, createStoredRecordReader } from './stored-records';

interface EventRow {
  id: number;
  patient_id: number;
  session_id: number | null;
  type: AdverseEventType;
  onset_date: string;
  severity: SeverityGrade;
  description: string;
  action_taken: string;
  follow_up_json: string;
  resolved_date: string | null;
  created_at: string;
  version: number;
}

/** Adverse events: what happened after a session, linked to the session and the lots it used. */
export function createAdverseEventService({ db, now, newId }: ServiceDeps, products: ProductService) {
  const patients = createPatientRepository(db);
  const byId = db.prepare<[number], EventRow>('SELECT * FROM adverse_events WHERE id = ?');
  const byPatient = db.prepare<[number], EventRow>(
    'SELECT * FROM adverse_events WHERE patient_id = ? ORDER BY onset_date DESC, id DESC',
  );
  const lotsOf = db.prepare<[number], { id: number; lot_number: string }>(`
    SELECT l.id, l.lot_number FROM adverse_event_lots a JOIN lots l ON l.id = a.lot_id
    WHERE a.adverse_event_id = ? ORDER BY l.lot_number`);
  const sessionOf = db.prepare<[number], { patient_id: number }>(
    'SELECT patient_id FROM sessions WHERE id = ?',
  );
  const sessionLots = db.prepare<[number], number>(
    'SELECT DISTINCT lot_id FROM session_items WHERE session_id = ? AND lot_id IS NOT NULL',
  );
  const rows = createAdverseEventRows(db);
  const update = db.prepare(`
    UPDATE adverse_events SET session_id = @sessionId, type = @type, onset_date = @onsetDate,
      severity = @severity, description = @description, action_taken = @actionTaken,
      follow_up_json = @followUpJson, resolved_date = @resolvedDate, updated_at = @now, version = version + 1
    WHERE id = @id`);
  const clearLots = db.prepare('DELETE FROM adverse_event_lots WHERE adverse_event_id = ?');

  function toEvent(r: EventRow): AdverseEvent {
    const lots = lotsOf.all(r.id);
    return {
      id: r.id,
      patientId: r.patient_id,
      sessionId: r.session_id,
      lotIds: lots.map((l) => l.id),
      lotNumbers: lots.map((l) => l.lot_number),
      type: r.type,
      onsetDate: r.onset_date,
      severity: r.severity,
      description: r.description,
      actionTaken: r.action_taken,
      followUpDates: JSON.parse(r.follow_up_json) as string[],
      resolvedDate: r.resolved_date,
      createdAt: r.created_at,
      version: r.version,
    };
  }

  const mustEvent = (id: number): AdverseEvent => toEvent(found(byId.get(id), 'adverseEvent'));

  /** The lots to link: those chosen, else every lot the session used. All must exist. */
  function lotsFor(patientId: number, fields: AdverseEventFields): number[] {
    if (fields.sessionId !== null) {
      const session = sessionOf.get(fields.sessionId);
      if (!session || session.patient_id !== patientId) {
        throw new AppError('VALIDATION', 'errors.validation', { sessionId: 'errors.notFound.session' });
      }
    }
    fields.lotIds.forEach((lotId, i) => {
      try {
        products.getLot(lotId);
      } catch {
        throw new AppError('VALIDATION', 'errors.validation', { [`lotIds.${i}`]: 'errors.notFound.lot' });
      }
    });
    if (fields.lotIds.length || fields.sessionId === null) return fields.lotIds;
    return sessionLots.pluck().all(fields.sessionId) as number[];
  }

  const params = (f: AdverseEventFields) => ({
    sessionId: f.sessionId,
    type: f.type,
    onsetDate: f.onsetDate,
    severity: f.severity,
    description: f.description,
    actionTaken: f.actionTaken,
    followUpJson: JSON.stringify([...new Set(f.followUpDates)].sort()),
    resolvedDate: f.resolvedDate,
  });

  const stored = createStoredRecordReader(db);

  return {
    /** The event row for row (with its session's uid and its lots), for a re-importable export. */
    storedRecord: (id: number): AdverseEventRecordPayload => found(stored.adverseEvent(id), 'adverseEvent'),
    get: mustEvent,
    list(patientId: number): AdverseEvent[] {
      patients.must(patientId);
      return byPatient.all(patientId).map(toEvent);
    },
    create(patientId: number, fields: AdverseEventFields): AdverseEvent {
      patients.must(patientId);
      const lots = lotsFor(patientId, fields);
      const at = now().toISOString();
      const id = rows.insert({ uid: newId(), patientId, ...params(fields), createdAt: at, updatedAt: at });
      for (const lotId of lots) rows.linkLot(id, lotId);
      return mustEvent(id);
    },
    update(id: number, version: number, fields: AdverseEventFields): AdverseEvent {
      const current = atVersion(mustEvent(id), version);
      const lots = lotsFor(current.patientId, fields);
      update.run({ id, ...params(fields), now: now().toISOString() });
      clearLots.run(id);
      for (const lotId of lots) rows.linkLot(id, lotId);
      return mustEvent(id);
    },
  };
}

export type AdverseEventService = ReturnType<typeof createAdverseEventService>;
