import type { Ingredient } from '../../shared/catalog/schema';
import { isMinorOn, middayOf } from '../../shared/patients/minor';
import type { DayCheck } from '../../shared/screening/day-check';
import type { PlannedTreatment } from '../../shared/screening/types';
import type {
  CompletenessProblem,
  SessionCheck,
  SessionFields,
  SessionItem,
} from '../../shared/treatments/schema';
import { zoneLabel } from '../../shared/treatments/zones';
import type { ProductService } from '../catalog/products';
import { toHundredths } from '../catalog/quantities';
import type { Db } from '../db/types';
import { createPatientRepository } from '../patients/repository';
import type { ScreeningService } from '../screening/service';
import type { SettingsService } from '../settings/service';
import { stockUse } from './session-items';

/** Where a chart stands: its patient and course, and (once saved) its session and day-of check. */
export interface ChartContext {
  patientId: number;
  courseId: number;
  sessionId: number | null;
  dayCheck: DayCheck | null;
}

export interface SessionCheckDeps {
  db: Db;
  products: ProductService;
  screening: ScreeningService;
  settings: SettingsService;
  /** The chart's items resolved against the catalogue (names, units, lots, expiry). */
  draftItems: (fields: SessionFields) => SessionItem[];
  /** Views of the session still without a before photo or a skip reason; all of them for an unsaved chart. */
  missingBeforePhotos?: (sessionId: number | null, areas: readonly string[]) => string[];
}

/** The pre-sign check: everything that stands between a chart and its signature. */
export function createSessionCheck(deps: SessionCheckDeps) {
  const { db, products, screening, settings, draftItems } = deps;
  const patients = createPatientRepository(db);
  const signedCount = db.prepare<[number], number>(
    "SELECT count(*) FROM sessions WHERE course_id = ? AND status = 'signed'",
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
  const mustPatient = patients.must;

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

  /** The check on a chart's fields as they stand, saved or not. */
  return function checkFields(chart: ChartContext, fields: SessionFields): SessionCheck {
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
  };
}
