import type { documentsContract, templatesContract } from '../../shared/documents/contract';
import { AppError } from '../errors';
import { auditInput, auditOutput, NOT_AUDITED, type Routes } from '../route';
import type { ApiContext } from '../services';
import type { DocumentActions } from './actions';
import { pdfFileName } from './service';

function desktopActions(ctx: ApiContext): DocumentActions {
  if (!ctx.documentActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
  return ctx.documentActions;
}

export const documentRoutes: Routes<typeof templatesContract & typeof documentsContract> = {
  'templates.list': [(s, i) => s.templates.list(i.kind, i.language, i.includeArchived), NOT_AUDITED],
  'templates.get': [(s, i) => s.templates.get(i.id), NOT_AUDITED],
  'templates.versions': [(s, i) => s.templates.versions(i.key), NOT_AUDITED],
  'templates.update': [
    (s, i) => s.templates.update(i.key, i.baseVersion, i.content),
    (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  ],
  'templates.restoreBuiltin': [
    (s, i) => s.templates.restoreBuiltin(i.key),
    (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  ],
  'templates.archive': [(s, i) => s.templates.archive(i.key), (_i, v) => ['archive', 'template', v.key]],
  'templates.unarchive': [(s, i) => s.templates.unarchive(i.key), (_i, v) => ['restore', 'template', v.key]],
  'templates.copy': [
    (s, i) => s.templates.copy(i.key),
    (_i, v) => ['create', 'template', `${v.key}@${v.version}`],
  ],
  'documents.list': [(s, i) => s.documents.listForPatient(i.patientId), NOT_AUDITED],
  'documents.get': [(s, i) => s.documents.get(i.id), auditInput('open', 'document')],
  'documents.preview': [(s, i) => s.documents.preview(i.patientId, i.templateId, i.details), NOT_AUDITED],
  'documents.signConsent': [(s, i) => s.documents.signConsent(i), auditOutput('sign', 'document')],
  'documents.giveAftercare': [
    (s, i) => s.documents.giveAftercare(i.patientId, i.templateId, i.details),
    auditOutput('create', 'document'),
  ],
  'documents.withdraw': [
    (s, i) => s.documents.withdraw(i.id, i.date, i.reason),
    auditOutput('amend', 'document'),
  ],
  'documents.pdf': [(s, i) => s.documents.pdf(i.id), NOT_AUDITED],
  'documents.checkPdf': [(s, i) => s.documents.checkPdf(i.id), NOT_AUDITED],
  'documents.print': [
    async (s, i, ctx) => {
      const actions = desktopActions(ctx);
      const { record, bytes } = await s.documents.pdfBytes(i.id);
      await actions.print(bytes, record.title);
      return null;
    },
    auditInput('print', 'document'),
  ],
  'documents.save': [
    async (s, i, ctx) => {
      const actions = desktopActions(ctx);
      const { record, bytes } = await s.documents.pdfBytes(i.id);
      return actions.save(bytes, pdfFileName(record));
    },
    (i, outcome) => (outcome.saved ? ['export', 'document', i.id] : null),
  ],
};
