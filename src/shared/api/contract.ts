import { z } from 'zod';
import { type AuditPage, type AuditVerification, auditListSchema } from '../audit/schema';
import {
  type Intake,
  type IntakeSaved,
  type IntakeSummary,
  type IntakeVerification,
  intakeIdSchema,
  intakePatientSchema,
  intakeSaveSchema,
  intakeSignSchema,
} from '../intake/schema';
import {
  type Patient,
  type PatientChange,
  type PatientSearchResult,
  patientCreateSchema,
  patientIdSchema,
  patientSearchSchema,
  patientUpdateSchema,
} from '../patients/schema';
import {
  type FlagDecision,
  flagDecisionSchema,
  type ScreeningResult,
  screeningForPatientSchema,
} from '../screening/schema';
import {
  type RecoveryKeyIssued,
  type SessionStatus,
  sessionChangePassphraseSchema,
  sessionRecoverSchema,
  sessionSetupSchema,
  sessionUnlockSchema,
} from '../session/schema';
import { type Settings, settingsUpdateSchema } from '../settings/schema';

/** Pairs an input schema with the type of the value a successful call returns. */
const call = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

export interface AppInfo {
  version: string;
  /** Null while the data is locked. */
  schemaVersion: number | null;
  dataDir: string;
  transport: 'electron' | 'web';
}

/** The one API contract between the renderer and main. Every name here is a channel. */
const empty = z.strictObject({});

export const contract = {
  'app.info': call<typeof empty, AppInfo>(empty),
  'session.status': call<typeof empty, SessionStatus>(empty),
  'session.setup': call<typeof sessionSetupSchema, RecoveryKeyIssued>(sessionSetupSchema),
  'session.unlock': call<typeof sessionUnlockSchema, SessionStatus>(sessionUnlockSchema),
  'session.lock': call<typeof empty, SessionStatus>(empty),
  'session.changePassphrase': call<typeof sessionChangePassphraseSchema, RecoveryKeyIssued>(
    sessionChangePassphraseSchema,
  ),
  'session.recover': call<typeof sessionRecoverSchema, RecoveryKeyIssued>(sessionRecoverSchema),
  'patients.search': call<typeof patientSearchSchema, PatientSearchResult>(patientSearchSchema),
  'patients.get': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.create': call<typeof patientCreateSchema, Patient>(patientCreateSchema),
  'patients.update': call<typeof patientUpdateSchema, Patient>(patientUpdateSchema),
  'patients.archive': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.restore': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.history': call<typeof patientIdSchema, PatientChange[]>(patientIdSchema),
  'intakes.list': call<typeof intakePatientSchema, IntakeSummary[]>(intakePatientSchema),
  'intakes.get': call<typeof intakeIdSchema, Intake>(intakeIdSchema),
  'intakes.start': call<typeof intakePatientSchema, Intake>(intakePatientSchema),
  'intakes.saveDraft': call<typeof intakeSaveSchema, IntakeSaved>(intakeSaveSchema),
  'intakes.sign': call<typeof intakeSignSchema, Intake>(intakeSignSchema),
  'intakes.verify': call<typeof intakeIdSchema, IntakeVerification>(intakeIdSchema),
  'screening.forPatient': call<typeof screeningForPatientSchema, ScreeningResult>(screeningForPatientSchema),
  'screening.decide': call<typeof flagDecisionSchema, FlagDecision>(flagDecisionSchema),
  'settings.get': call<typeof empty, Settings>(empty),
  'settings.update': call<typeof settingsUpdateSchema, Settings>(settingsUpdateSchema),
  'audit.list': call<typeof auditListSchema, AuditPage>(auditListSchema),
  'audit.verify': call<typeof empty, AuditVerification>(empty),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
