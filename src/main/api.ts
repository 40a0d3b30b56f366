import type { z } from 'zod';
import { type Channel, contract, type OutputOf, type ParsedInputOf } from '../shared/api/contract';
import { fail, ok, type Result } from '../shared/result';
import type { Db } from './db/types';
import type { DocumentActions } from './documents/actions';
import { createDocumentService, pdfFileName } from './documents/service';
import { createTemplateService } from './documents/template-service';
import { AppError } from './errors';
import { createPatientService } from './patients/service';
import { createLogoService } from './settings/logo';
import { createSettingsService } from './settings/service';

export interface ApiContext {
  db: Db;
  dataDir: string;
  schemaVersion: number;
  appVersion: string;
  transport: 'electron' | 'web';
  now?: () => Date;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
  /** The desktop print and save dialogs; absent in browser mode and tests. */
  documentActions?: DocumentActions;
}

export function createServices(ctx: ApiContext) {
  const deps = {
    db: ctx.db,
    now: ctx.now ?? (() => new Date()),
    newId: ctx.newId ?? (() => crypto.randomUUID()),
  };
  const patients = createPatientService(deps);
  const settings = createSettingsService(deps);
  const logos = createLogoService(deps, settings);
  const templates = createTemplateService(deps);
  templates.ensureBuiltins();
  const documents = createDocumentService({ ...deps, patients, settings, templates, logos });
  return { patients, settings, logos, templates, documents };
}

function desktopActions(ctx: ApiContext): DocumentActions {
  if (!ctx.documentActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
  return ctx.documentActions;
}
type Services = ReturnType<typeof createServices>;

type Handler<C extends Channel> = (
  services: Services,
  input: ParsedInputOf<C>,
  ctx: ApiContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table: one entry per contract channel. No electron here, so tests call it directly. */
const handlers: { [C in Channel]: Handler<C> } = {
  'app.info': (_s, _i, ctx) => ({
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    transport: ctx.transport,
  }),
  'patients.search': (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit),
  'patients.get': (s, i) => s.patients.get(i.id),
  'patients.create': (s, i) => s.patients.create(i.fields, i.allowDuplicate),
  'patients.update': (s, i) => s.patients.update(i.id, i.version, i.fields),
  'patients.archive': (s, i) => s.patients.archive(i.id),
  'patients.restore': (s, i) => s.patients.restore(i.id),
  'patients.history': (s, i) => s.patients.history(i.id),
  'settings.get': (s) => s.settings.get(),
  'settings.update': (s, i) => s.settings.update(i.patch),
  'settings.logo': (s) => s.logos.current(),
  'settings.setLogo': (s, i) => s.logos.set(i.dataUrl),
  'templates.list': (s, i) => s.templates.list(i.kind),
  'templates.get': (s, i) => s.templates.get(i.id),
  'templates.versions': (s, i) => s.templates.versions(i.key),
  'templates.update': (s, i) => s.templates.update(i.key, i.baseVersion, i.content),
  'templates.restoreBuiltin': (s, i) => s.templates.restoreBuiltin(i.key),
  'templates.copy': (s, i) => s.templates.copy(i.key),
  'documents.list': (s, i) => s.documents.listForPatient(i.patientId),
  'documents.get': (s, i) => s.documents.get(i.id),
  'documents.preview': (s, i) => s.documents.preview(i.patientId, i.templateId, i.details),
  'documents.signConsent': (s, i) => s.documents.signConsent(i),
  'documents.giveAftercare': (s, i) => s.documents.giveAftercare(i.patientId, i.templateId, i.details),
  'documents.withdraw': (s, i) => s.documents.withdraw(i.id, i.date, i.reason),
  'documents.pdf': (s, i) => s.documents.pdf(i.id),
  'documents.print': async (s, i, ctx) => {
    const actions = desktopActions(ctx);
    const { record, bytes } = await s.documents.pdfBytes(i.id);
    await actions.print(bytes, record.title);
    return null;
  },
  'documents.save': async (s, i, ctx) => {
    const actions = desktopActions(ctx);
    const { record, bytes } = await s.documents.pdfBytes(i.id);
    return actions.save(bytes, pdfFileName(record));
  },
};

const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/** Maps zod issues to field -> message key, first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((p) => p !== 'fields').join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates every input against the shared contract and turns every outcome into a Result. */
export function createApi(ctx: ApiContext): Dispatch {
  const services = createServices(ctx);
  return async (channel, input) => {
    if (!isChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return fail({ code: 'VALIDATION', message: 'errors.validation', fields: fieldErrors(parsed.error) });
    }
    try {
      const handler = handlers[channel] as Handler<Channel>;
      return ok(await handler(services, parsed.data as never, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toApiError());
      // The database's own guard on signed records (a trigger) is reported as LOCKED, never INTERNAL.
      if (error instanceof Error && error.message.startsWith('LOCKED:')) {
        return fail({ code: 'LOCKED', message: 'errors.locked' });
      }
      (ctx.log ?? console.error)(`[api] ${channel} failed`, error);
      return fail({ code: 'INTERNAL', message: 'errors.internal' });
    }
  };
}
