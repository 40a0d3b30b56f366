import { addMonths } from 'date-fns/addMonths';
import { ageInYears, todayIso } from '../../shared/dates';
import { middayOf } from '../../shared/patients/minor';
import { DAY_CHECK_DEFINITIONS, type DayCheck } from '../../shared/screening/day-check';
import { screen } from '../../shared/screening/engine';
import {
  type FlagDecision,
  type FlagDecisionRequest,
  type IntakeStanding,
  MIN_ABSOLUTE_REASON,
  type ScreeningResult,
} from '../../shared/screening/schema';
import type { Flag, PlannedTreatment } from '../../shared/screening/types';
import type { Db } from '../db/types';
import { AppError, notFound } from '../errors';
import type { IntakeService } from '../intake/service';
import { createPatientRepository } from '../patients/repository';
import type { SettingsService } from '../settings/service';
import { createDecisionReader } from './decisions';

export interface ScreeningDeps {
  db: Db;
  now: () => Date;
  intakes: IntakeService;
  settings: SettingsService;
}

/** Screening of a patient against their latest signed intake, and the practitioner's decisions on flags. */
export function createScreeningService({ db, now, intakes, settings }: ScreeningDeps) {
  const patients = createPatientRepository(db);
  const decisions = createDecisionReader(db);
  const insertDecision = db.prepare(`
    INSERT INTO flag_decisions (patient_id, intake_id, flag_key, severity, decision, reason, decided_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);

  const sessionById = db.prepare<
    [number],
    { patient_id: number; performed_on: string; day_check_json: string | null }
  >('SELECT patient_id, performed_on, day_check_json FROM sessions WHERE id = ?');

  /** The session screened: its date and its day-of-treatment check, read here, never from the renderer. */
  function sessionContext(patientId: number, sessionId: number | undefined) {
    if (sessionId === undefined) return { sessionDate: todayIso(now()), dayCheck: null };
    const row = sessionById.get(sessionId);
    if (!row || row.patient_id !== patientId) throw notFound('session');
    const stored = row.day_check_json ? (JSON.parse(row.day_check_json) as DayCheck) : null;
    const definition = stored && DAY_CHECK_DEFINITIONS[stored.version];
    return {
      sessionDate: row.performed_on,
      dayCheck:
        stored && definition
          ? { definition, answers: stored.answers, answeredOn: stored.answeredAt.slice(0, 10) }
          : null,
    };
  }

  function flagsFor(patientId: number, planned?: PlannedTreatment & { sessionId?: number }) {
    const patient = patients.must(patientId);
    const intake = intakes.latestSigned(patientId);
    const { sessionDate, dayCheck } = sessionContext(patientId, planned?.sessionId);
    const flags = screen({
      intake: intake && {
        definition: intake.definition,
        answers: intake.answers,
        ...(intake.signedAt && { answeredOn: intake.signedAt.slice(0, 10) }),
        guardianSigned: intake.signatures.some((s) => s.role === 'guardian'),
      },
      ageYears: ageInYears(patient.dateOfBirth, middayOf(sessionDate)),
      planned,
      sessionDate,
      dayCheck,
    });
    return { intake, flags };
  }

  function forPatient(
    patientId: number,
    planned?: PlannedTreatment & { sessionId?: number },
  ): ScreeningResult {
    const { intake, flags } = flagsFor(patientId, planned);
    let standing: IntakeStanding = { kind: 'none' };
    const latest = new Map<string, FlagDecision>();
    if (intake?.signedAt) {
      const validUntil = addMonths(
        new Date(intake.signedAt),
        settings.get().intakeValidityMonths,
      ).toISOString();
      const kind = now().toISOString() > validUntil ? 'expired' : 'current';
      standing = { kind, intakeId: intake.id, signedAt: intake.signedAt, validUntil };
      for (const d of decisions.history(intake.id)) latest.set(d.flagKey, d);
    }
    return {
      standing,
      draftId: intakes.draftId(patientId),
      flags: flags.map((f) => ({ ...f, decision: latest.get(f.key) ?? null })),
    };
  }

  const decide = db.transaction((input: FlagDecisionRequest): FlagDecision => {
    const { intake, flags } = flagsFor(input.patientId, input.planned);
    if (!intake || intake.id !== input.intakeId) throw new AppError('CONFLICT', 'errors.flagStale');
    const flag: Flag | undefined = flags.find((f) => f.key === input.flagKey);
    if (!flag) throw new AppError('CONFLICT', 'errors.flagStale');
    if (flag.severity === 'INFO')
      throw new AppError('VALIDATION', 'errors.validation', { flagKey: 'errors.infoNoDecision' });
    if (
      flag.severity === 'ABSOLUTE' &&
      input.decision === 'treat' &&
      input.reason.length < MIN_ABSOLUTE_REASON
    ) {
      throw new AppError('VALIDATION', 'errors.validation', { reason: 'errors.absoluteReason' });
    }
    const at = now().toISOString();
    const info = insertDecision.run(
      input.patientId,
      intake.id,
      flag.key,
      flag.severity,
      input.decision,
      input.reason,
      at,
    );
    const decision = decisions.get(Number(info.lastInsertRowid));
    if (!decision) throw new Error('decision not stored');
    return decision;
  });

  return {
    forPatient,
    decide: (input: FlagDecisionRequest) => decide(input),
    history: decisions.history,
  };
}

export type ScreeningService = ReturnType<typeof createScreeningService>;
