import type { Decision, FlagDecision } from '../../shared/screening/schema';
import type { Severity } from '../../shared/screening/types';
import type { Db } from '../db/types';

interface DecisionRow {
  id: number;
  intake_id: number;
  flag_key: string;
  severity: Severity;
  decision: Decision;
  reason: string;
  decided_at: string;
}

const toDecision = (r: DecisionRow): FlagDecision => ({
  id: r.id,
  intakeId: r.intake_id,
  flagKey: r.flag_key,
  severity: r.severity,
  decision: r.decision,
  reason: r.reason,
  decidedAt: r.decided_at,
});

/** The practitioner's stored decisions on screening flags, read without the screening engine. */
export function createDecisionReader(db: Db) {
  const ofIntake = db.prepare<[number], DecisionRow>(
    'SELECT * FROM flag_decisions WHERE intake_id = ? ORDER BY id',
  );
  const byId = db.prepare<[number], DecisionRow>('SELECT * FROM flag_decisions WHERE id = ?');
  return {
    /** The decisions on an intake's flags, oldest first. */
    history: (intakeId: number): FlagDecision[] => ofIntake.all(intakeId).map(toDecision),
    get(id: number): FlagDecision | undefined {
      const row = byId.get(id);
      return row ? toDecision(row) : undefined;
    },
  };
}
