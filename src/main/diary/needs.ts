import { addMonths } from 'date-fns/addMonths';
import type { DayNeed } from '../../shared/diary/schema';
import type { Db } from '../db/types';

/**
 * What a patient needs seen to on the day of their appointment. Each check looks at the day's patients
 * at once and says, per patient, what is missing. A new check (a day-of check, before photos) is one
 * more entry in DAY_NEED_CHECKS; the day view shows each need under diary.needs.<key>.
 */
export type DayNeedCheck = (db: Db, context: DayNeedContext) => Map<number, DayNeed[]>;

export interface DayNeedContext {
  patientIds: readonly number[];
  /** The day's active appointments shown, whose treatments the session checks look at. */
  appointmentIds: readonly number[];
  now: Date;
  intakeValidityMonths: number;
  beforePhotosRequired: boolean;
  /** The before-photo views a session (or a chart not started: null) still lacks for its areas. */
  missingBeforeViews: (sessionId: number | null, areas: readonly string[]) => string[];
}

const ids = (patientIds: readonly number[]) => JSON.stringify(patientIds);

/** No signed intake, or the latest is older than the intake validity setting. */
const intakeNeed: DayNeedCheck = (db, { patientIds, now, intakeValidityMonths }) => {
  const latest = db
    .prepare<[string], { patient_id: number; signed_at: string | null }>(
      `SELECT p.value AS patient_id,
        (SELECT max(i.signed_at) FROM intakes i WHERE i.patient_id = p.value AND i.status = 'signed') AS signed_at
       FROM json_each(?) p`,
    )
    .all(ids(patientIds));
  const out = new Map<number, DayNeed[]>();
  for (const row of latest) {
    if (!row.signed_at) out.set(row.patient_id, [{ key: 'intakeMissing' }]);
    else if (addMonths(new Date(row.signed_at), intakeValidityMonths) < now)
      out.set(row.patient_id, [{ key: 'intakeExpired' }]);
  }
  return out;
};

/** No signed consent form that is still in force. */
const consentNeed: DayNeedCheck = (db, { patientIds }) => {
  const missing = db
    .prepare<[string], number>(
      `SELECT p.value FROM json_each(?) p
       WHERE NOT EXISTS (SELECT 1 FROM documents d
         WHERE d.patient_id = p.value AND d.kind = 'consent' AND d.withdrawn_on IS NULL)`,
    )
    .pluck()
    .all(ids(patientIds));
  return new Map(missing.map((id) => [id, [{ key: 'consentMissing' }]]));
};

interface TreatmentRow {
  patient_id: number;
  session_id: number | null;
  session_status: 'draft' | 'signed' | null;
  answered: 0 | 1;
  areas: string;
}

/** The day's treatments (treatment and touch-up appointments) with their session when it is started. */
const treatmentsOf = (db: Db, appointmentIds: readonly number[]) =>
  db
    .prepare<[string], TreatmentRow>(
      `SELECT a.patient_id, a.session_id, s.status AS session_status, s.day_check_json IS NOT NULL AS answered,
        coalesce(json_extract(s.fields_json, '$.areas'), json_extract(c.plan_json, '$.areas'), '[]') AS areas
       FROM json_each(?) x JOIN appointments a ON a.id = x.value
         LEFT JOIN sessions s ON s.id = a.session_id LEFT JOIN courses c ON c.id = a.course_id
       WHERE a.type IN ('treatment', 'touch-up')`,
    )
    .all(ids(appointmentIds));

/** Today's treatment has no day-of-treatment check answered yet (a signed session always has one). */
const dayCheckNeed: DayNeedCheck = (db, { appointmentIds }) =>
  new Map(
    treatmentsOf(db, appointmentIds)
      .filter((r) => r.session_status !== 'signed' && !r.answered)
      .map((r) => [r.patient_id, [{ key: 'dayCheckMissing' }]]),
  );

/** The session's required before photos are not all taken (or skipped with a reason). */
const beforePhotosNeed: DayNeedCheck = (db, { appointmentIds, beforePhotosRequired, missingBeforeViews }) => {
  const out = new Map<number, DayNeed[]>();
  if (!beforePhotosRequired) return out;
  for (const r of treatmentsOf(db, appointmentIds)) {
    if (r.session_status === 'signed') continue;
    const missing = missingBeforeViews(r.session_id, JSON.parse(r.areas) as string[]);
    if (missing.length) out.set(r.patient_id, [{ key: 'beforePhotosMissing', count: missing.length }]);
  }
  return out;
};

export const DAY_NEED_CHECKS: readonly DayNeedCheck[] = [
  intakeNeed,
  consentNeed,
  dayCheckNeed,
  beforePhotosNeed,
];

/** Every check's needs for the day's patients, in the order of DAY_NEED_CHECKS. */
export function dayNeeds(
  db: Db,
  context: DayNeedContext,
  checks: readonly DayNeedCheck[] = DAY_NEED_CHECKS,
): Map<number, DayNeed[]> {
  const all = new Map<number, DayNeed[]>();
  if (!context.patientIds.length) return all;
  for (const check of checks) {
    for (const [patientId, needs] of check(db, context))
      all.set(patientId, [...(all.get(patientId) ?? []), ...needs]);
  }
  return all;
}
