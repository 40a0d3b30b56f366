import { z } from 'zod';
import {
  aftercareGiveSchema,
  consentSignSchema,
  type DocumentPdf,
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
  type Patient,
  type PatientChange,
  type PatientSearchResult,
  patientCreateSchema,
  patientIdSchema,
  patientSearchSchema,
  patientUpdateSchema,
} from '../patients/schema';
import {
  type ClinicLogo,
  type Settings,
  settingsSetLogoSchema,
  settingsUpdateSchema,
} from '../settings/schema';

/** Pairs an input schema with the type of the value a successful call returns. */
const call = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  transport: 'electron' | 'web';
}

const empty = z.strictObject({});

/** The one API contract between the renderer and main. Every name here is a channel. */
export const contract = {
  'app.info': call<z.ZodObject<Record<string, never>>, AppInfo>(z.strictObject({})),
  'patients.search': call<typeof patientSearchSchema, PatientSearchResult>(patientSearchSchema),
  'patients.get': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.create': call<typeof patientCreateSchema, Patient>(patientCreateSchema),
  'patients.update': call<typeof patientUpdateSchema, Patient>(patientUpdateSchema),
  'patients.archive': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.restore': call<typeof patientIdSchema, Patient>(patientIdSchema),
  'patients.history': call<typeof patientIdSchema, PatientChange[]>(patientIdSchema),
  'settings.get': call<z.ZodObject<Record<string, never>>, Settings>(z.strictObject({})),
  'settings.update': call<typeof settingsUpdateSchema, Settings>(settingsUpdateSchema),
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
  /** Desktop only: the system print dialog. Browser mode prints from the preview instead. */
  'documents.print': call<typeof documentIdSchema, null>(documentIdSchema),
  /** Desktop only: a save dialog. Browser mode downloads instead. */
  'documents.save': call<typeof documentIdSchema, SaveOutcome>(documentIdSchema),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];
