import type { Ingredient } from '../../shared/catalog/schema';
import type { DocumentDetailsInput } from '../../shared/documents/schema';
import type { Answers } from '../../shared/intake/types';
import { checkAnswers } from '../../shared/intake/validate';
import { canonicalJson } from '../../shared/kernel/canonical-json';
import { isMinorOn, middayOf } from '../../shared/patients/minor';
import { CURRENT_DAY_CHECK, type DayCheck } from '../../shared/screening/day-check';
import type { PlannedTreatment } from '../../shared/screening/types';
import type { Settings } from '../../shared/settings/schema';
import type {
  Amendment,
  CompletenessProblem,
  Course,
  Session,
  SessionCheck,
  SessionFields,
  SessionItem,
  SessionItemFields,
  SessionSummary,
  SessionVerification,
} from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import type { ProductService } from '../catalog/products';
import { fromHundredths, toHundredths } from '../catalog/quantities';
import { AppError, atVersion, found, notFound } from '../errors';
import { createProvenanceRepository } from '../imports/provenance';
import { contextFor } from '../intake/service';
import type { ServiceDeps } from '../kernel/service-deps';
import { sha256Hex } from '../kernel/sha256';
import { createPatientRepository } from '../patients/repository';
import type { ScreeningService } from '../screening/service';
import type { SettingsService } from '../settings/service';
import type { CourseService } from './courses';
import { aftercareDetailsOf } from './session-aftercare';
import { resolveSessionItems, stockUse } from './session-items';
import { createSessionRows, type ItemRow, type SessionRow, type SignedSessionContent } from './session-rows';
import { verifySignedSession } from './session-verification';
import { createStoredRecordReader, type SessionRecordPayload } from './stored-records';

export interface SessionDeps extends ServiceDeps {
  products: ProductService;
  courses: CourseService;
  screening: ScreeningService;
  settings: SettingsService;
  /** Views of the session's photo protocol still without a before photo or a skip reason. */
  /** Views of the session still without a before photo or a skip reason; all of them for an unsaved chart. */
  missingBeforePhotos?: (sessionId: number | null, areas: readonly string[]) => string[];
}

type StoredFields = Omit<SessionFields, 'items' | 'date' | 'time'>;

const locked = () => new AppError('LOCKED', 'errors.sessionLocked');

/** Session charting: drafts edited freely, then a completeness check, signature, lock and amendments. */
export function createSessionService(deps: SessionDeps) {
  const { db, now, newId, products, courses, screening, settings } = deps;
  const patients = createPatientRepository(db);
  const provenance = createProvenanceRepository(db);
  const rows = createSessionRows(db);
  const byId = db.prepare<[number], SessionRow>('SELECT * FROM sessions WHERE id = ?');
  const byPatient = db.prepare<[number], SessionRow>(
    'SELECT * FROM sessions WHERE patient_id = ? ORDER BY performed_on DESC, performed_time DESC, id DESC',
  );
  const itemsOf = db.prepare<[number], ItemRow>(
    'SELECT * FROM session_items WHERE session_id = ? ORDER BY position',
  );
  const updateSession = db.prepare(`
    UPDATE sessions SET performed_on = @date, performed_time = @time, fields_json = @fields,
      updated_at = @now, version = version + 1
    WHERE id = @id`);
  const deleteItems = db.prepare('DELETE FROM session_items WHERE session_id = ?');
  const signedCount = db.prepare<[number], number>(
    "SELECT count(*) FROM sessions WHERE course_id = ? AND status = 'signed'",
  );
  const amendmentsOf = db.prepare<[number], { id: number; text: string; created_at: string }>(
    'SELECT id, text, created_at FROM session_amendments WHERE session_id = ? ORDER BY id',
  );
  const saveDayCheckRow = db.prepare(
    "UPDATE sessions SET day_check_json = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
  );
  const consentOnFile = db.prepare<[number], number>(
    "SELECT count(*) FROM documents WHERE patient_id = ? AND kind = 'consent' AND withdrawn_on IS NULL",
  );
  const latestConsentAt = db.prepare<[number], string | null>(
    "SELECT max(created_at) FROM documents WHERE patient_id = ? AND kind = 'consent' AND withdrawn_on IS NULL",
  );
  const guardianConsentOnFile = db.prepare<[number], number>(`
    SELECT count(*) FROM documents d WHERE d.patient_id = ? AND d.kind = 'consent' AND d.withdrawn_on IS NULL
      AND EXISTS (SELECT 1 FROM json_each(d.signatures) s WHERE json_extract(s.value, '$.role') = 'guardian')`);
  const mustPatient = (id: number) => {
    const patient = patients.get(id);
    if (!patient) throw notFound('patient');
    return patient;
  };

  const dayCheckOf = (row: SessionRow): DayCheck | null =>
    row.day_check_json ? (JSON.parse(row.day_check_json) as DayCheck) : null;

  const mustRow = (id: number): SessionRow => found(byId.get(id), 'session');

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

  const amendments = (id: number): Amendment[] =>
    amendmentsOf.all(id).map((a) => ({
      id: a.id,
      text: a.text,
      createdAt: a.created_at,
      imported: provenance.get('amendment', a.id),
    }));

  function summary(row: SessionRow, course: Course, areas: string[]): SessionSummary {
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
      amendments: amendmentsOf.all(row.id).length,
      imported: provenance.get('session', row.id),
    };
  }

  function toSession(row: SessionRow): Session {
    const course = courses.get(row.course_id);
    if (row.status === 'signed' && row.content_json) {
      const content = JSON.parse(row.content_json) as SignedSessionContent;
      return {
        ...content.fields,
        ...summary(row, course, content.fields.areas),
        indication: content.indication,
        plannedSessions: content.plannedSessions,
        items: content.items,
        dayCheck: content.dayCheck ?? null,
        currency: content.currency,
        contentHash: row.content_hash,
        amendmentTrail: amendments(row.id),
        version: row.version,
      };
    }
    const fields = draftFields(row);
    const { items: _items, ...rest } = fields;
    return {
      ...rest,
      ...summary(row, course, fields.areas),
      items: draftItems(fields),
      dayCheck: dayCheckOf(row),
      currency: row.currency,
      contentHash: null,
      amendmentTrail: [],
      version: row.version,
    };
  }

  function mustEditable(id: number, version: number): SessionRow {
    const row = mustRow(id);
    if (row.status !== 'draft') throw locked();
    return atVersion(row, version);
  }

  /** Every substance that enters or touches the skin, by where it goes, each named once. */
  function planned(
    sessionId: number | null,
    items: SessionItem[],
    fields: SessionFields,
  ): SessionCheck['planned'] {
    const parts = { ingredient: new Map<string, string>(), diluent: new Map(), anaesthetic: new Map() };
    const add = (part: Map<string, string>, name: string) => {
      if (name.trim()) part.set(name.trim().toLowerCase(), name.trim());
    };
    for (const item of items) {
      const type = products.get(item.productId).type;
      const part =
        type === 'diluent' ? parts.diluent : type === 'anaesthetic' ? parts.anaesthetic : parts.ingredient;
      for (const ingredient of item.ingredients as Ingredient[]) add(part, ingredient.name);
      add(parts.diluent, item.dilution);
    }
    if (fields.anaesthetic) add(parts.anaesthetic, fields.anaestheticName);
    const plan: PlannedTreatment = {
      areas: [...fields.areas],
      ingredients: [...parts.ingredient.values()],
      diluents: [...parts.diluent.values()],
      anaesthetics: [...parts.anaesthetic.values()],
      antiseptics: fields.antiseptic.trim() ? [fields.antiseptic.trim()] : [],
    };
    return sessionId === null ? plan : { ...plan, sessionId };
  }

  /**
   * The clinic's consent cooling-off time (off by default): the first treatment of a course given
   * before it has passed since the consent needs a written reason, which is signed with the session.
   */
  function coolingOffProblem(chart: ChartContext, fields: SessionFields): CompletenessProblem | null {
    const hours = settings.get().consentCoolingOffHours;
    if (!hours || fields.coolingOffReason.trim()) return null;
    if ((signedCount.pluck().get(chart.courseId) as number) > 0) return null;
    const consentAt = latestConsentAt.pluck().get(chart.patientId) as string | null;
    if (!consentAt) return null;
    const until = new Date(new Date(consentAt).getTime() + hours * 3_600_000);
    const sessionAt = new Date(`${fields.date}T${fields.time}:00`);
    if (sessionAt >= until) return null;
    return {
      key: 'sessions.problems.coolingOff',
      params: { count: hours, until: `${until.toISOString().slice(0, 16).replace('T', ' ')} UTC` },
    };
  }

  /** Where a chart stands: its patient and course, and (once saved) its session and day-of check. */
  interface ChartContext {
    patientId: number;
    courseId: number;
    sessionId: number | null;
    dayCheck: DayCheck | null;
  }

  const contextOf = (row: SessionRow): ChartContext => ({
    patientId: row.patient_id,
    courseId: row.course_id,
    sessionId: row.id,
    dayCheck: dayCheckOf(row),
  });

  /** Everything that stands between a draft and its signature. */
  const check = (row: SessionRow): SessionCheck => checkFields(contextOf(row), draftFields(row));

  /** The same check on a chart's fields as they stand, saved or not. */
  function checkFields(chart: ChartContext, fields: SessionFields): SessionCheck {
    const { patientId, sessionId } = chart;
    const items = draftItems(fields);
    const problems: CompletenessProblem[] = [];
    const plan = planned(sessionId, items, fields);
    const screened = screening.forPatient(patientId, plan);
    if (screened.standing.kind === 'none') problems.push({ key: 'sessions.problems.noIntake' });
    if (screened.standing.kind === 'expired') problems.push({ key: 'sessions.problems.intakeExpired' });
    if ((consentOnFile.pluck().get(patientId) as number) === 0) {
      problems.push({ key: 'sessions.problems.noConsent' });
    } else if (
      isMinorOn(mustPatient(patientId).dateOfBirth, middayOf(fields.date)) &&
      (guardianConsentOnFile.pluck().get(patientId) as number) === 0
    ) {
      problems.push({ key: 'sessions.problems.noGuardianConsent' });
    }
    if (!chart.dayCheck) problems.push({ key: 'sessions.problems.noDayCheck' });
    const coolingOff = coolingOffProblem(chart, fields);
    if (coolingOff) problems.push(coolingOff);
    if (!fields.areas.length) problems.push({ key: 'sessions.problems.noAreas' });
    if (!fields.technique) problems.push({ key: 'sessions.problems.noTechnique' });
    if (fields.anaesthetic && !fields.anaestheticName.trim()) {
      problems.push({ key: 'sessions.problems.anaestheticUnnamed' });
    }
    if (!fields.antiseptic.trim()) problems.push({ key: 'sessions.problems.noAntiseptic' });
    if (!items.length) problems.push({ key: 'sessions.problems.noProducts' });
    const stock = new Map<number, number>();
    items.forEach((item, i) => {
      const n = i + 1;
      if (item.lotId === null) problems.push({ key: 'sessions.problems.itemNoLot', params: { n } });
      if (item.volumeMl === null || item.volumeMl <= 0) {
        problems.push({ key: 'sessions.problems.itemNoVolume', params: { n } });
      }
      if (item.unit === 'vial' && (item.quantityUsed === null || item.quantityUsed <= 0)) {
        problems.push({ key: 'sessions.problems.itemNoQuantity', params: { n } });
      }
      if (!fields.areas.includes(item.zone)) {
        problems.push({
          key: 'sessions.problems.itemZoneNotCharted',
          params: { n, zone: zoneLabel(item.zone) },
        });
      }
      if (item.expired && !item.expiredOverrideReason) {
        problems.push({ key: 'sessions.problems.itemExpired', params: { n } });
      }
      if (item.lotId !== null)
        stock.set(item.lotId, (stock.get(item.lotId) ?? 0) + stockUse(item, item.unit));
    });
    for (const [lotId, needed] of stock) {
      const lot = products.getLot(lotId);
      // Quarantined after the draft was saved: it cannot be given.
      if (lot.quarantined)
        problems.push({ key: 'sessions.problems.lotQuarantined', params: { lot: lot.lotNumber } });
      if (needed > toHundredths(lot.quantityRemaining)) {
        problems.push({
          key: 'sessions.problems.lotStock',
          params: { lot: lot.lotNumber, remaining: lot.quantityRemaining },
        });
      }
    }
    // A total that differs from the items is the practitioner's override: signed, and shown as such.
    if (fields.totalVolumeMl === null && items.length)
      problems.push({ key: 'sessions.problems.noTotalVolume' });
    const missingPhotos = settings.get().beforePhotosRequired
      ? (deps.missingBeforePhotos?.(sessionId, fields.areas) ?? [])
      : [];
    if (missingPhotos.length) {
      problems.push({
        key: 'sessions.problems.beforePhotosMissing',
        params: { count: missingPhotos.length, views: missingPhotos.join(', ') },
        photoViews: missingPhotos,
      });
    }
    const blockingFlags = screened.flags
      .filter((f) => f.severity === 'ABSOLUTE' && f.decision?.decision !== 'treat')
      .map((f) => f.key);
    return { problems, blockingFlags, areas: plan.areas, ingredients: plan.ingredients, planned: plan };
  }

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
    const patient = found(patients.get(row.patient_id), 'patient');
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
    const sequence = (signedCount.pluck().get(row.course_id) as number) + 1;
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
    const patient = patients.get(row.patient_id);
    if (!patient) throw notFound('patient');
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
    const added = amendments(id).find((a) => a.id === amendmentId);
    if (!added) throw new Error('amendment not stored');
    return added;
  });

  const stored = createStoredRecordReader(db);

  return {
    get: (id: number): Session => toSession(mustRow(id)),
    /** The session row for row (course, items with product and lot, amendments), for a re-importable export. */
    storedRecord: (id: number): SessionRecordPayload => found(stored.session(id), 'session'),
    list(patientId: number): SessionSummary[] {
      if (!patients.get(patientId)) throw notFound('patient');
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
