import type { documentsContract, templatesContract } from '../../shared/documents/contract';
import { AppError } from '../errors';
import { NOT_AUDITED, type Routes } from '../route';
import type { ApiContext } from '../services';
import type { DocumentActions } from './actions';
import { pdfFileName } from './service';

function desktopActions(ctx: ApiContext): DocumentActions {
  if (!ctx.documentActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
  return ctx.documentActions;
}

export const documentRoutes: Routes<typeof templatesContract & typeof documentsContract> = {
  'templates.list': {
    handle: (s, i) => s.templates.list(i.kind),
    audit: NOT_AUDITED,
  },
  'templates.get': {
    handle: (s, i) => s.templates.get(i.id),
    audit: NOT_AUDITED,
  },
  'templates.versions': {
    handle: (s, i) => s.templates.versions(i.key),
    audit: NOT_AUDITED,
  },
  'templates.update': {
    handle: (s, i) => s.templates.update(i.key, i.baseVersion, i.content),
    audit: (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  },
  'templates.restoreBuiltin': {
    handle: (s, i) => s.templates.restoreBuiltin(i.key),
    audit: (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  },
  'templates.copy': {
    handle: (s, i) => s.templates.copy(i.key),
    audit: (_i, v) => ['create', 'template', `${v.key}@${v.version}`],
  },
  'documents.list': {
    handle: (s, i) => s.documents.listForPatient(i.patientId),
    audit: NOT_AUDITED,
  },
  'documents.get': {
    handle: (s, i) => s.documents.get(i.id),
    audit: (i) => ['open', 'document', i.id],
  },
  'documents.preview': {
    handle: (s, i) => s.documents.preview(i.patientId, i.templateId, i.details),
    audit: NOT_AUDITED,
  },
  'documents.signConsent': {
    handle: (s, i) => s.documents.signConsent(i),
    audit: (_i, d) => ['sign', 'document', d.id],
  },
  'documents.giveAftercare': {
    handle: (s, i) => s.documents.giveAftercare(i.patientId, i.templateId, i.details),
    audit: (_i, d) => ['create', 'document', d.id],
  },
  'documents.withdraw': {
    handle: (s, i) => s.documents.withdraw(i.id, i.date, i.reason),
    audit: (_i, d) => ['amend', 'document', d.id],
  },
  'documents.pdf': {
    handle: (s, i) => s.documents.pdf(i.id),
    audit: NOT_AUDITED,
  },
  'documents.checkPdf': {
    handle: (s, i) => s.documents.checkPdf(i.id),
    audit: NOT_AUDITED,
  },
  'documents.print': {
    handle: async (s, i, ctx) => {
      const actions = desktopActions(ctx);
      const { record, bytes } = await s.documents.pdfBytes(i.id);
      await actions.print(bytes, record.title);
      return null;
    },
    audit: (i) => ['print', 'document', i.id],
  },
  'documents.save': {
    handle: async (s, i, ctx) => {
      const actions = desktopActions(ctx);
      const { record, bytes } = await s.documents.pdfBytes(i.id);
      return actions.save(bytes, pdfFileName(record));
    },
    audit: (i, outcome) => (outcome.saved ? ['export', 'document', i.id] : null),
  },
};
