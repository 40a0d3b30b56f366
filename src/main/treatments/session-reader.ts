import type { ImportedFrom } from '../../shared/imports/provenance';
import type { DayCheck } from '../../shared/screening/day-check';
import type {
  Amendment,
  Course,
  Session,
  SessionFields,
  SessionItem,
  SessionItemFields,
  SessionSummary,
} from '../../shared/treatments/schema';
import type { ProductService } from '../catalog/products';
import { fromHundredths } from '../catalog/quantities';
import type { Db } from '../db/types';
import { found } from '../errors';
import { createProvenanceRepository } from '../imports/provenance';
import { groupBy } from '../kernel/group-by';
import type { CourseService } from './courses';
import type { ItemRow, SessionRow, SignedSessionContent } from './session-rows';

/** A draft's fields as stored in `fields_json` (date, time and items have columns and rows of their own). */
export type StoredFields = Omit<SessionFields, 'items' | 'date' | 'time'>;
interface AmendmentRow {
  id: number;
  session_id: number;
  text: string;
  created_at: string;
}

/** What a session shows of its course. */
type CourseOfSession = Pick<Course, 'indication' | 'plannedSessions'>;

/** Where toSession finds a session's course, amendments and import provenance: one query each by default. */
export interface SessionLookups {
  course(id: number): CourseOfSession;
  amendmentCount(sessionId: number): number;
  amendments(sessionId: number): Amendment[];
  imported(id: number): ImportedFrom | null;
}

/**
 * A session from its fields, its summary and the rest, the summary over the fields (the date, time and
 * areas are the row's). Every key written out, rather than `{ ...fields, ...summary, ...rest }`: on V8
 * (Node 20) that literal took about 30 µs a session and gave an object in dictionary mode, slow to read
 * and to copy after, and the whole-clinic export reads a hundred thousand sessions. A field added to
 * the session schema is a type error here until it is added.
 */
function sessionOf(
  fields: Omit<SessionFields, 'items'>,
  summary: SessionSummary,
  rest: Pick<Session, 'items' | 'dayCheck' | 'currency' | 'contentHash' | 'amendmentTrail' | 'version'>,
): Session {
  return {
    date: summary.date,
    time: summary.time,
    areas: summary.areas,
    technique: fields.technique,
    needleGauge: fields.needleGauge,
    needleLengthMm: fields.needleLengthMm,
    depthMm: fields.depthMm,
    anaesthetic: fields.anaesthetic,
    anaestheticName: fields.anaestheticName,
    antiseptic: fields.antiseptic,
    coolingOffReason: fields.coolingOffReason,
    totalVolumeMl: fields.totalVolumeMl,
    painScore: fields.painScore,
    reactions: fields.reactions,
    notes: fields.notes,
    priceMinor: fields.priceMinor,
    id: summary.id,
    patientId: summary.patientId,
    courseId: summary.courseId,
    indication: summary.indication,
    status: summary.status,
    sequence: summary.sequence,
    plannedSessions: summary.plannedSessions,
    signedAt: summary.signedAt,
    amendments: summary.amendments,
    imported: summary.imported,
    items: rest.items,
    dayCheck: rest.dayCheck,
    currency: rest.currency,
    contentHash: rest.contentHash,
    amendmentTrail: rest.amendmentTrail,
    version: rest.version,
  };
}

/**
 * Sessions as read: a signed session from the content its hash covers, a draft from its row and items
 * resolved against the current catalogue, each with its course, amendments and import provenance.
 */
export function createSessionReader({
  db,
  products,
  courses,
}: {
  db: Db;
  products: ProductService;
  courses: CourseService;
}) {
  const provenance = createProvenanceRepository(db);
  const byId = db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const byPatient = db.prepare<[number], SessionRow>(
    'SELECT * FROM sessions WHERE patient_id = ? ORDER BY performed_on DESC, performed_time DESC, id DESC',
  );
  const itemsOf = db.prepare<[number], ItemRow>(
    'SELECT * FROM session_items WHERE session_id = ? ORDER BY position',
  );
  const signedCount = db.prepare<[number], number>(
    "SELECT count(*) FROM sessions WHERE course_id = ? AND status = 'signed'",
  );
  const amendmentsOf = db.prepare<[number], AmendmentRow>(
    'SELECT id, session_id, text, created_at FROM session_amendments WHERE session_id = ? ORDER BY id',
  );
  const amendmentsOfPatients = db.prepare<[number, number], AmendmentRow>(
    'SELECT id, session_id, text, created_at FROM session_amendments WHERE patient_id BETWEEN ? AND ? ORDER BY id',
  );
  const coursePlansOfPatients = db.prepare<[number, number], { id: number; plan_json: string }>(
    'SELECT id, plan_json FROM courses WHERE patient_id BETWEEN ? AND ?',
  );
  const sessionsOfPatients = db.prepare<[number, number], SessionRow>(
    'SELECT * FROM sessions WHERE patient_id BETWEEN ? AND ? ORDER BY patient_id, id',
  );

  const dayCheckOf = (row: SessionRow): DayCheck | null =>
    row.day_check_json ? (JSON.parse(row.day_check_json) as DayCheck) : null;

  const mustRow = (id: number): SessionRow => found(byId.get(id), 'session');

  /** A draft's fields as last saved (items resolved against the current catalogue). */
  function draftFields(row: SessionRow): SessionFields {
    const stored = JSON.parse(row.fields_json) as StoredFields;
    const items = itemsOf.all(row.id).map(
      (r): SessionItemFields => ({
        zone: r.zone,
        productId: r.product_id,
        lotId: r.lot_id,
        volumeMl: r.volume_c === null ? null : fromHundredths(r.volume_c),
        quantityUsed: r.quantity_c === null ? null : fromHundredths(r.quantity_c),
        dilution: r.dilution,
        expiredOverrideReason: r.expired_override_reason,
      }),
    );
    return { ...stored, date: row.performed_on, time: row.performed_time, items };
  }

  function draftItems(fields: SessionFields): SessionItem[] {
    return fields.items.map((item) => {
      const product = products.get(item.productId);
      const lot = item.lotId === null ? null : products.getLot(item.lotId);
      return {
        ...item,
        productName: product.name,
        unit: product.unit,
        ingredients: product.ingredients,
        lotNumber: lot?.lotNumber ?? null,
        expiryDate: lot?.expiryDate ?? null,
        expired: lot !== null && lot.expiryDate < fields.date,
      };
    });
  }
  const amendmentOf =
    (imported: (id: number) => ImportedFrom | null) =>
    (a: AmendmentRow): Amendment => ({
      id: a.id,
      text: a.text,
      createdAt: a.created_at,
      imported: imported(a.id),
    });
  const byQuery: SessionLookups = {
    course: (id) => courses.get(id),
    amendmentCount: (id) => amendmentsOf.all(id).length,
    amendments: (id) =>
      amendmentsOf.all(id).map(amendmentOf((amendmentId) => provenance.get('amendment', amendmentId))),
    imported: (id) => provenance.get('session', id),
  };

  /**
   * The lookups for the sessions of patients first..last, read table-wide once (amendments, provenance,
   * the courses' plans): what the whole-clinic export uses instead of a few queries per session.
   */
  function lookupsForPatients(first: number, last: number): SessionLookups {
    const imported = provenance.ofPatients(first, last);
    const toAmendment = amendmentOf((id) => imported.get(`amendment:${id}`) ?? null);
    const rows = groupBy(amendmentsOfPatients.all(first, last), (a) => a.session_id);
    const trail = new Map([...rows].map(([sessionId, list]) => [sessionId, list.map(toAmendment)]));
    // The plan is all a session shows of its course (a whole Course also works out where it stands today).
    const pageCourses = new Map(
      coursePlansOfPatients.all(first, last).map((c): [number, CourseOfSession] => {
        const plan = JSON.parse(c.plan_json) as CourseOfSession;
        return [c.id, { indication: plan.indication, plannedSessions: plan.plannedSessions }];
      }),
    );
    return {
      course: (id) => pageCourses.get(id) ?? courses.get(id),
      amendmentCount: (id) => trail.get(id)?.length ?? 0,
      amendments: (id) => trail.get(id) ?? [],
      imported: (id) => imported.get(`session:${id}`) ?? null,
    };
  }

  function summary(
    row: SessionRow,
    course: CourseOfSession,
    areas: string[],
    lookups: SessionLookups = byQuery,
  ): SessionSummary {
    return {
      id: row.id,
      patientId: row.patient_id,
      courseId: row.course_id,
      indication: course.indication,
      status: row.status,
      date: row.performed_on,
      time: row.performed_time,
      sequence: row.sequence ?? (signedCount.pluck().get(row.course_id) as number) + 1,
      plannedSessions: course.plannedSessions,
      areas,
      signedAt: row.signed_at,
      amendments: lookups.amendmentCount(row.id),
      imported: lookups.imported(row.id),
    };
  }

  function toSession(row: SessionRow, lookups: SessionLookups = byQuery): Session {
    const course = lookups.course(row.course_id);
    if (row.status === 'signed' && row.content_json) {
      const content = JSON.parse(row.content_json) as SignedSessionContent;
      const signed = summary(row, course, content.fields.areas, lookups);
      // The course as it was when the session was signed.
      signed.indication = content.indication;
      signed.plannedSessions = content.plannedSessions;
      return sessionOf(content.fields, signed, {
        items: content.items,
        dayCheck: content.dayCheck ?? null,
        currency: content.currency,
        contentHash: row.content_hash,
        amendmentTrail: lookups.amendments(row.id),
        version: row.version,
      });
    }
    const fields = draftFields(row);
    const { items: _items, ...rest } = fields;
    return sessionOf(rest, summary(row, course, fields.areas, lookups), {
      items: draftItems(fields),
      dayCheck: dayCheckOf(row),
      currency: row.currency,
      contentHash: null,
      amendmentTrail: [],
      version: row.version,
    });
  }

  return {
    mustRow,
    dayCheckOf,
    draftFields,
    draftItems,
    toSession,
    lookupsForPatients,
    /** The session's amendments, each with its import provenance. */
    amendments: byQuery.amendments,
    /** The number the course's next signed session takes. */
    nextSequence: (courseId: number): number => (signedCount.pluck().get(courseId) as number) + 1,
    /** Every session of the patients with ids first..last, by patient then id. */
    rowsOfPatients: (first: number, last: number): SessionRow[] => sessionsOfPatients.all(first, last),
    /** The patient's sessions, newest first, each with its course. */
    summaries(patientId: number): SessionSummary[] {
      const cache = new Map<number, Course>();
      return byPatient.all(patientId).map((row) => {
        const course = cache.get(row.course_id) ?? courses.get(row.course_id);
        cache.set(row.course_id, course);
        const areas =
          row.status === 'signed' && row.content_json
            ? (JSON.parse(row.content_json) as SignedSessionContent).fields.areas
            : (JSON.parse(row.fields_json) as StoredFields).areas;
        return summary(row, course, areas);
      });
    },
  };
}

export type SessionReader = ReturnType<typeof createSessionReader>;
