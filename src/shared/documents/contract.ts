import { call } from '../api/call';
import { idInput, patientInput } from '../kernel/record-inputs';
import * as s from './schema';
import * as templates from './template-schema';

export const templatesContract = {
  'templates.list': call(templates.templateListSchema).returns<templates.TemplateSummary[]>(),
  'templates.get': call(idInput).returns<templates.TemplateVersion>(),
  'templates.versions': call(templates.templateKeyInputSchema).returns<templates.TemplateSummary[]>(),
  'templates.update': call(templates.templateUpdateSchema).returns<templates.TemplateVersion>(),
  'templates.restoreBuiltin': call(templates.templateKeyInputSchema).returns<templates.TemplateVersion>(),
  'templates.archive': call(templates.templateKeyInputSchema).returns<templates.TemplateSummary>(),
  'templates.unarchive': call(templates.templateKeyInputSchema).returns<templates.TemplateSummary>(),
  'templates.copy': call(templates.templateKeyInputSchema).returns<templates.TemplateVersion>(),
} as const;

export const documentsContract = {
  'documents.list': call(patientInput).returns<s.DocumentSummary[]>(),
  'documents.get': call(idInput).returns<s.DocumentRecord>(),
  'documents.preview': call(s.documentPreviewSchema).returns<s.DocumentPreview>(),
  'documents.signConsent': call(s.consentSignSchema).returns<s.DocumentSummary>(),
  'documents.giveAftercare': call(s.aftercareGiveSchema).returns<s.DocumentSummary>(),
  'documents.withdraw': call(s.documentWithdrawSchema).returns<s.DocumentSummary>(),
  'documents.pdf': call(idInput).returns<s.DocumentPdf>(),
  /** Draws the signed document again with today's layout and compares it with the PDF kept at signing. */
  'documents.checkPdf': call(idInput).returns<s.DocumentPdfCheck>(),
  /** Desktop only: the system print dialog. Browser mode prints from the preview instead. */
  'documents.print': call(idInput).returns<null>(),
  /** Desktop only: a save dialog. Browser mode downloads instead. */
  'documents.save': call(idInput).returns<s.SaveOutcome>(),
} as const;
