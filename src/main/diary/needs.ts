import { addMonths } from 'date-fns';
import type { DayNeed } from '../../shared/diary/schema';
import type { Db } from '../db/types';

/**
 * What a patient needs seen to on the day of their appointment. Each check looks at the day's patients
 * at once and says, per patient, what is missing. A new check (a day-of check, before photos) is one
 * more entry in DAY_NEED_CHECKS; the day view shows each need under diary.needs.<key>.
 */
export type DayNeedCheck = (
  db: Db,
  context: { patientIds: readonly number[]; now: Date; intakeValidityMonths: number },
) => Map<number, DayNeed[]>;

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

export const DAY_NEED_CHECKS: readonly DayNeedCheck[] = [intakeNeed, consentNeed];

/** Every check's needs for the day's patients, in the order of DAY_NEED_CHECKS. */
export function dayNeeds(
  db: Db,
  context: Parameters<DayNeedCheck>[1],
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
