import { call } from '../api/call';
import {
  aftercareGiveSchema,
  consentSignSchema,
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
} from './schema';
import {
  type TemplateSummary,
  type TemplateVersion,
  templateIdSchema,
  templateKeyInputSchema,
  templateListSchema,
  templateUpdateSchema,
} from './template-schema';

export const templatesContract = {
  'templates.list': call<typeof templateListSchema, TemplateSummary[]>(templateListSchema),
  'templates.get': call<typeof templateIdSchema, TemplateVersion>(templateIdSchema),
  'templates.versions': call<typeof templateKeyInputSchema, TemplateSummary[]>(templateKeyInputSchema),
  'templates.update': call<typeof templateUpdateSchema, TemplateVersion>(templateUpdateSchema),
  'templates.restoreBuiltin': call<typeof templateKeyInputSchema, TemplateVersion>(templateKeyInputSchema),
  'templates.copy': call<typeof templateKeyInputSchema, TemplateVersion>(templateKeyInputSchema),
} as const;

export const documentsContract = {
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
} as const;
