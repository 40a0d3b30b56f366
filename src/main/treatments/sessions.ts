import type { DocumentDetailsInput } from '../../shared/documents/schema';
import type { Answers } from '../../shared/intake/types';
import { checkAnswers } from '../../shared/intake/validate';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import { CURRENT_DAY_CHECK, type DayCheck } from '../../shared/screening/day-check';
import type { Settings } from '../../shared/settings/schema';
import type {
  Amendment,
  Course,
  Session,
  SessionCheck,
  SessionFields,
  SessionItem,
  SessionVerification,
} from '../../shared/treatments/schema';
import type { ProductService } from '../catalog/products';
import { toHundredths } from '../catalog/quantities';
import { AppError, atVersion, notFound } from '../errors';
import { createProvenanceRepository } from '../imports/provenance';
import { contextFor } from '../intake/service';
import type { ServiceDeps } from '../kernel/service-deps';
import { sha256Hex } from '../kernel/sha256';
import type { ScreeningService } from '../screening/service';
import type { SettingsService } from '../settings/service';
import type { CourseService } from './courses';
import { aftercareDetailsOf } from './session-aftercare';
import { type ChartContext, createSessionCheck } from './session-check';
import { resolveSessionItems, stockUse } from './session-items';
import { createSessionRecords } from './session-records';
import { createSessionRows, type SessionRow, type SignedSessionContent } from './session-rows';
import { verifySignedSession } from './session-verification';

export interface SessionDeps extends ServiceDeps {
  products: ProductService;
  courses: CourseService;
  screening: ScreeningService;
  settings: SettingsService;
  /** Views of the session still without a before photo or a skip reason; all of them for an unsaved chart. */
  missingBeforePhotos?: (sessionId: number | null, areas: readonly string[]) => string[];
}

const locked = () => new AppError('LOCKED', 'errors.sessionLocked');

/** Session charting: drafts edited freely, then a completeness check, signature, lock and amendments. */
export function createSessionService(deps: SessionDeps) {
  const { db, now, newId, products, courses, settings } = deps;
  const records = createSessionRecords({ db, products, courses });
  const { reader, patients } = records;
  const provenance = createProvenanceRepository(db);
  const rows = createSessionRows(db);
  const { mustRow, dayCheckOf, draftFields, draftItems, toSession } = reader;
  const updateSession = db.prepare(`
    UPDATE sessions SET performed_on = @date, performed_time = @time, fields_json = @fields,
      updated_at = @now, version = version + 1
    WHERE id = @id`);
  const deleteItems = db.prepare('DELETE FROM session_items WHERE session_id = ?');
  const saveDayCheckRow = db.prepare(
    "UPDATE sessions SET day_check_json = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
  );

  function storedFields(fields: SessionFields): string {
    const { items: _i, date: _d, time: _t, ...rest } = fields;
    return JSON.stringify(rest);
  }

  function writeItems(sessionId: number, items: SessionItem[]) {
    deleteItems.run(sessionId);
    items.forEach((item, position) => {
      rows.insertItem({
        sessionId,
        position,
        zone: item.zone,
        productId: item.productId,
        lotId: item.lotId,
        volumeC: item.volumeMl === null ? null : toHundredths(item.volumeMl),
        quantityC: item.quantityUsed === null ? null : toHundredths(item.quantityUsed),
        dilution: item.dilution,
        expiredOverrideReason: item.expiredOverrideReason,
      });
    });
  }

  function mustEditable(id: number, version: number): SessionRow {
    const row = mustRow(id);
    if (row.status !== 'draft') throw locked();
    return atVersion(row, version);
  }

  const contextOf = (row: SessionRow): ChartContext => ({
    patientId: row.patient_id,
    courseId: row.course_id,
    sessionId: row.id,
    dayCheck: dayCheckOf(row),
  });

  const checkFields = createSessionCheck({ ...deps, draftItems });

  /** Everything that stands between a draft and its signature. */
  const check = (row: SessionRow): SessionCheck => checkFields(contextOf(row), draftFields(row));

  const create = db.transaction((courseId: number, fields: SessionFields): Session => {
    const course = courses.get(courseId);
    // The screen offers "Chart a session" on active courses only; main holds the same line.
    if (course.status !== 'active') throw new AppError('CONFLICT', 'errors.courseNotActive');
    const items = resolveSessionItems(products, fields.items, fields.date);
    const current: Settings = settings.get();
    const at = now().toISOString();
    const id = rows.insertDraft({
      uid: newId(),
      patientId: course.patientId,
      courseId,
      performedOn: fields.date,
      performedTime: fields.time,
      fieldsJson: storedFields(fields),
      currency: current.currency,
      createdAt: at,
      updatedAt: at,
    });
    writeItems(id, items);
    return toSession(mustRow(id));
  });

  const update = db.transaction((id: number, version: number, fields: SessionFields): Session => {
    mustEditable(id, version);
    const items = resolveSessionItems(products, fields.items, fields.date);
    updateSession.run({
      id,
      date: fields.date,
      time: fields.time,
      fields: storedFields(fields),
      now: now().toISOString(),
    });
    writeItems(id, items);
    return toSession(mustRow(id));
  });

  function signedContent(
    row: SessionRow,
    course: Course,
    sequence: number,
    signedAt: string,
  ): SignedSessionContent {
    const fields = draftFields(row);
    const { items: _items, ...rest } = fields;
    const patient = patients.must(row.patient_id);
    return {
      format: 'mesodesk.session/1',
      uid: row.uid,
      patientUid: patient.uid,
      courseId: course.id,
      indication: course.indication,
      sequence,
      plannedSessions: course.plannedSessions,
      fields: rest,
      items: draftItems(fields),
      dayCheck: dayCheckOf(row),
      currency: row.currency,
      signedAt,
    };
  }

  const sign = db.transaction((id: number, version: number): Session => {
    const row = mustEditable(id, version);
    const result = check(row);
    if (result.problems.length || result.blockingFlags.length) {
      throw new AppError(
        'VALIDATION',
        'errors.sessionIncomplete',
        { session: 'errors.sessionIncomplete' },
        result,
      );
    }
    const course = courses.get(row.course_id);
    const sequence = reader.nextSequence(row.course_id);
    const signedAt = now().toISOString();
    const content = canonicalJson(signedContent(row, course, sequence, signedAt));
    const contentHash = sha256Hex(content);
    const signature = { id, sequence, contentJson: content, contentHash, signedAt, updatedAt: signedAt };
    if (!rows.markSigned(signature)) throw locked();
    // Stock leaves the lots in the same transaction as the signature.
    const used = new Map<number, number>();
    for (const item of draftItems(draftFields(row))) {
      if (item.lotId !== null) used.set(item.lotId, (used.get(item.lotId) ?? 0) + stockUse(item, item.unit));
    }
    for (const [lotId, hundredths] of used) products.takeStock(lotId, hundredths);
    courses.refreshDue(row.course_id);
    return toSession(mustRow(id));
  });

  /** Stores the day-of-treatment check: every question answered, as the patient answered it today. */
  const saveDayCheck = db.transaction((id: number, answers: Answers): Session => {
    const row = mustRow(id);
    if (row.status !== 'draft') throw locked();
    const patient = patients.must(row.patient_id);
    const at = now();
    const checked = checkAnswers(CURRENT_DAY_CHECK, answers, contextFor(patient, at), 'sign', at);
    if (Object.keys(checked.fields).length) {
      throw new AppError('VALIDATION', 'errors.validation', checked.fields);
    }
    const dayCheck: DayCheck = {
      version: CURRENT_DAY_CHECK.version,
      answers: checked.answers,
      answeredAt: at.toISOString(),
    };
    if (saveDayCheckRow.run(JSON.stringify(dayCheck), at.toISOString(), id).changes !== 1) throw locked();
    return toSession(mustRow(id));
  });

  const amend = db.transaction((id: number, text: string): Amendment => {
    const row = mustRow(id);
    if (row.status !== 'signed') throw new AppError('CONFLICT', 'errors.sessionNotSigned');
    const amendmentId = rows.insertAmendment(id, row.patient_id, text, now().toISOString());
    const added = reader.amendments(id).find((a) => a.id === amendmentId);
    if (!added) throw new Error('amendment not stored');
    return added;
  });

  return {
    get: records.get,
    storedRecord: records.storedRecord,
    ofPatients: records.ofPatients,
    list: records.list,
    create: (courseId: number, fields: SessionFields) => create(courseId, fields),
    update: (id: number, version: number, fields: SessionFields) => update(id, version, fields),
    /** A read: a signed session has nothing left to check (and a read never answers LOCKED). */
    check(id: number): SessionCheck {
      const row = mustRow(id);
      if (row.status !== 'draft') throw new AppError('CONFLICT', 'errors.sessionAlreadySigned');
      return check(row);
    },
    /** A read: the check on a chart not saved yet (or edited since), for the list shown while charting. */
    precheck(courseId: number, fields: SessionFields, sessionId: number | null = null): SessionCheck {
      const patientId = courses.get(courseId).patientId;
      const row = sessionId === null ? null : mustRow(sessionId);
      if (row && (row.course_id !== courseId || row.status !== 'draft')) throw notFound('session');
      return checkFields(
        row ? contextOf(row) : { patientId, courseId, sessionId: null, dayCheck: null },
        fields,
      );
    },
    saveDayCheck: (id: number, answers: Answers) => saveDayCheck(id, answers),
    sign: (id: number, version: number) => sign(id, version),
    amend: (id: number, text: string) => amend(id, text),
    verify(id: number): SessionVerification {
      const row = mustRow(id);
      return verifySignedSession(row, draftFields(row), provenance.get('session', row.id));
    },
    /** The aftercare sheet's details, filled from a session: date, areas, products with lot and expiry, next visit. */
    aftercareDetails(id: number): DocumentDetailsInput {
      const session = toSession(mustRow(id));
      return aftercareDetailsOf(session, courses.get(session.courseId), settings.get().dateFormat);
    },
  };
}

export { stockUse } from './session-items';
export type { SignedSessionContent } from './session-rows';

export type SessionService = ReturnType<typeof createSessionService>;
