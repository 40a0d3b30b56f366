import { z } from 'zod';
import type { AuditAnchor } from '../audit/anchor';
import { type AuditPage, type AuditVerification, auditListSchema, auditVerifySchema } from '../audit/schema';
import {
  type BackupInfo,
  type BackupList,
  backupCreateSchema,
  backupFileSchema,
  type FolderChoice,
  restoreDamagedSchema,
} from '../backup/schema';
import {
  aftercareGiveSchema,
  consentSignSchema,
  type DocumentDetailsInput,
  type DocumentPdf,
  type DocumentPdfCheck,
  type DocumentPreview,
  type DocumentRecord,
  type DocumentSummary,
  documentIdSchema,
  documentListSchema,
  documentPreviewSchema,
  documentWithdrawSchema,
  type SaveOutcome,
} from '../documents/schema';
import {
  type TemplateSummary,
  type TemplateVersion,
  templateIdSchema,
  templateKeyInputSchema,
  templateListSchema,
  templateUpdateSchema,
} from '../documents/template-schema';
import {
  chooseFolderSchema,
  clinicExportSchema,
  type ExportJob,
  type ExportResult,
  exportJobSchema,
  patientExportSchema,
} from '../exports/schema';
import {
  type CsvPreview,
  csvImportSchema,
  csvPreviewSchema,
  fhirImportSchema,
  type ImportReport,
} from '../imports/schema';
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
  type PatientErasure,
  type PatientSearchResult,
  patientCreateSchema,
  patientEraseSchema,
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
  type ClinicRestored,
  type RecoveryKeyIssued,
  type SessionStatus,
  sessionChangePassphraseSchema,
  sessionRecoverSchema,
  sessionRestoreClinicSchema,
  sessionSetupSchema,
  sessionUnlockSchema,
} from '../session/schema';
import {
  type ClinicLogo,
  type Settings,
  settingsSetLogoSchema,
  settingsUpdateSchema,
} from '../settings/schema';
import {
  type AdverseEvent,
  type Amendment,
  adverseEventCreateSchema,
  adverseEventListSchema,
  adverseEventUpdateSchema,
  type Course,
  courseCreateSchema,
  courseListSchema,
  courseUpdateSchema,
  type ExpiringLots,
  expiringLotsSchema,
  type Lot,
  type LotRecallCsv,
  type LotRecallRow,
  lotCreateSchema,
  lotListSchema,
  lotRecallSchema,
  lotUpdateSchema,
  type Product,
  productCreateSchema,
  productListSchema,
  productUpdateSchema,
  type RecallRow,
  recallListSchema,
  type Session,
  type SessionCheck,
  type SessionSummary,
  type SessionVerification,
  sessionAmendSchema,
  sessionCreateSchema,
  sessionIdSchema,
  sessionListSchema,
  sessionSignSchema,
  sessionUpdateSchema,
  type TimelinePage,
  timelineSchema,
} from '../treatments/schema';

/** Pairs an input schema with the type of the value a successful call returns. */
const call = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

export interface AppInfo {
  version: string;
  /** Null while the data is locked. */
  schemaVersion: number | null;
  dataDir: string;
  transport: 'electron' | 'web';
}

const empty = z.strictObject({});

/** The one API contract between the renderer and main. Every name here is a channel. */

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
  /** When unlock reports a damaged database: set it aside and restore a verified backup. */
  'session.restoreDamaged': call<typeof restoreDamagedSchema, SessionStatus>(restoreDamagedSchema),
  /** First start on a new computer: bring a clinic back from a backup file alone. */
  'session.restoreClinic': call<typeof sessionRestoreClinicSchema, ClinicRestored>(
    sessionRestoreClinicSchema,
  ),
  'backups.list': call<typeof empty, BackupList>(empty),
  'backups.create': call<typeof backupCreateSchema, BackupInfo>(backupCreateSchema),
  'backups.preview': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
  'backups.restore': call<typeof backupFileSchema, BackupInfo>(backupFileSchema),
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
  /** Checks the chain, and compares it with the anchors in the data folder and one the user typed. */
  'audit.verify': call<typeof auditVerifySchema, AuditVerification>(auditVerifySchema),
  /** The chain's current entry count and head hash, for the practitioner to note down. */
  'audit.anchor': call<typeof empty, AuditAnchor>(empty),
  'settings.logo': call<typeof empty, ClinicLogo | null>(empty),
  'settings.setLogo': call<typeof settingsSetLogoSchema, Settings>(settingsSetLogoSchema),
  'templates.list': call<typeof templateListSchema, TemplateSummary[]>(templateListSchema),
  'templates.get': call<typeof templateIdSchema, TemplateVersion>(templateIdSchema),
  'templates.versions': call<typeof templateKeyInputSchema, TemplateSummary[]>(templateKeyInputSchema),
  'templates.update': call<typeof templateUpdateSchema, TemplateVersion>(templateUpdateSchema),
  'templates.restoreBuiltin': call<typeof templateKeyInputSchema, TemplateVersion>(templateKeyInputSchema),
  'templates.copy': call<typeof templateKeyInputSchema, TemplateVersion>(templateKeyInputSchema),
  'documents.list': call<typeof documentListSchema, DocumentSummary[]>(documentListSchema),
  'documents.get': call<typeof documentIdSchema, DocumentRecord>(documentIdSchema),
  'documents.preview': call<typeof documentPreviewSchema, DocumentPreview>(documentPreviewSchema),
  'documents.signConsent': call<typeof consentSignSchema, DocumentSummary>(consentSignSchema),
  'documents.giveAftercare': call<typeof aftercareGiveSchema, DocumentSummary>(aftercareGiveSchema),
  'documents.withdraw': call<typeof documentWithdrawSchema, DocumentSummary>(documentWithdrawSchema),
  'documents.pdf': call<typeof documentIdSchema, DocumentPdf>(documentIdSchema),
  /** Draws the signed document again with today's layout and compares it with the PDF kept at signing. */
  'documents.checkPdf': call<typeof documentIdSchema, DocumentPdfCheck>(documentIdSchema),
  /** Desktop only: the system print dialog. Browser mode prints from the preview instead. */
  'documents.print': call<typeof documentIdSchema, null>(documentIdSchema),
  /** Desktop only: a save dialog. Browser mode downloads instead. */
  'documents.save': call<typeof documentIdSchema, SaveOutcome>(documentIdSchema),
  'products.list': call<typeof productListSchema, Product[]>(productListSchema),
  'products.create': call<typeof productCreateSchema, Product>(productCreateSchema),
  'products.update': call<typeof productUpdateSchema, Product>(productUpdateSchema),
  'lots.list': call<typeof lotListSchema, Lot[]>(lotListSchema),
  'lots.create': call<typeof lotCreateSchema, Lot>(lotCreateSchema),
  'lots.update': call<typeof lotUpdateSchema, Lot>(lotUpdateSchema),
  'lots.expiring': call<typeof expiringLotsSchema, ExpiringLots>(expiringLotsSchema),
  'lots.recall': call<typeof lotRecallSchema, LotRecallRow[]>(lotRecallSchema),
  'lots.recallCsv': call<typeof lotRecallSchema, LotRecallCsv>(lotRecallSchema),
  'courses.list': call<typeof courseListSchema, Course[]>(courseListSchema),
  'courses.create': call<typeof courseCreateSchema, Course>(courseCreateSchema),
  'courses.update': call<typeof courseUpdateSchema, Course>(courseUpdateSchema),
  'recall.list': call<typeof recallListSchema, RecallRow[]>(recallListSchema),
  'sessions.list': call<typeof sessionListSchema, SessionSummary[]>(sessionListSchema),
  'sessions.get': call<typeof sessionIdSchema, Session>(sessionIdSchema),
  'sessions.create': call<typeof sessionCreateSchema, Session>(sessionCreateSchema),
  'sessions.update': call<typeof sessionUpdateSchema, Session>(sessionUpdateSchema),
  'sessions.check': call<typeof sessionIdSchema, SessionCheck>(sessionIdSchema),
  'sessions.sign': call<typeof sessionSignSchema, Session>(sessionSignSchema),
  'sessions.amend': call<typeof sessionAmendSchema, Amendment>(sessionAmendSchema),
  'sessions.verify': call<typeof sessionIdSchema, SessionVerification>(sessionIdSchema),
  /** The details an aftercare sheet needs, filled from a session. */
  'sessions.aftercareDetails': call<typeof sessionIdSchema, DocumentDetailsInput>(sessionIdSchema),
  'adverseEvents.list': call<typeof adverseEventListSchema, AdverseEvent[]>(adverseEventListSchema),
  'adverseEvents.create': call<typeof adverseEventCreateSchema, AdverseEvent>(adverseEventCreateSchema),
  'adverseEvents.update': call<typeof adverseEventUpdateSchema, AdverseEvent>(adverseEventUpdateSchema),
  'timeline.forPatient': call<typeof timelineSchema, TimelinePage>(timelineSchema),
  /** Removes the patient and every linked record; the patient number must be typed to confirm. */
  'patients.erase': call<typeof patientEraseSchema, PatientErasure>(patientEraseSchema),
  /** Desktop only: a native folder picker. Browser mode types a folder path. */
  'files.chooseFolder': call<typeof chooseFolderSchema, FolderChoice>(chooseFolderSchema),
  'exports.patient': call<typeof patientExportSchema, ExportResult>(patientExportSchema),
  'exports.clinicStart': call<typeof clinicExportSchema, ExportJob>(clinicExportSchema),
  'exports.clinicStatus': call<typeof exportJobSchema, ExportJob>(exportJobSchema),
  'exports.clinicCancel': call<typeof exportJobSchema, ExportJob>(exportJobSchema),
  'imports.csvPreview': call<typeof csvPreviewSchema, CsvPreview>(csvPreviewSchema),
  'imports.csvCommit': call<typeof csvImportSchema, ImportReport>(csvImportSchema),
  'imports.fhir': call<typeof fhirImportSchema, ImportReport>(fhirImportSchema),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
