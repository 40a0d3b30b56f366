import {
  type Channel,
  type Contract,
  contract,
  type OutputOf,
  type ParsedInputOf,
} from '../shared/api/contract';
import type { AuditAction } from '../shared/audit/schema';
import { todayIso } from '../shared/dates';
import { fieldErrors } from '../shared/kernel/field-errors';
import { fail, ok, type Result } from '../shared/result';
import { findAnchors } from './audit/anchor-files';
import { createAuditLog } from './audit/repository';
import type { Db } from './db/types';
import type { DocumentActions } from './documents/actions';
import { createDocumentService, pdfFileName } from './documents/service';
import { createTemplateService } from './documents/template-service';
import { createErasureService } from './erasure/service';
import { AppError, storageFailure } from './errors';
import { createExportService } from './exports/service';
import type { FolderActions } from './files/actions';
import { createCsvImportService } from './imports/csv-import';
import { createFhirImportService } from './imports/fhir-import';
import { createIntakeService } from './intake/service';
import { createPatientService } from './patients/service';
import { createScreeningService } from './screening/service';
import { createLogoService } from './settings/logo';
import { createSettingsService, type SettingsService } from './settings/service';
import { createAdverseEventService } from './treatments/adverse-events';
import { createCourseService } from './treatments/courses';
import { createProductService } from './treatments/products';
import { lotRecallCsv } from './treatments/recall-csv';
import { createSessionService } from './treatments/sessions';
import { createTimelineService } from './treatments/timeline';

export interface ApiContext {
  db: Db;
  now?: () => Date;
  /** Who is acting, for the audit trail (a single practitioner profile for now). */
  actor?: () => string;
  newId?: () => string;
  log?: (message: string, error: unknown) => void;
  /** The desktop print and save dialogs; absent in browser mode and tests. */
  documentActions?: DocumentActions;
  /** The desktop folder picker; absent in browser mode and tests (a typed folder path instead). */
  folderActions?: FolderActions;
  /** The clinic's data folder: exports go to its `exports` folder unless another is chosen. */
  dataDir?: string;
}

export function createServices(ctx: ApiContext) {
  const deps = {
    db: ctx.db,
    now: ctx.now ?? (() => new Date()),
    newId: ctx.newId ?? (() => crypto.randomUUID()),
  };
  const patients = createPatientService(deps);
  const settings = createSettingsService(deps);
  const intakes = createIntakeService(deps);
  const logos = createLogoService(deps, settings);
  const templates = createTemplateService(deps);
  templates.ensureBuiltins();
  const documents = createDocumentService({ ...deps, patients, settings, templates, logos });
  const screening = createScreeningService({ ...deps, intakes, settings });
  const products = createProductService(deps);
  const courses = createCourseService(deps);
  const audit = createAuditLog(ctx.db, deps.now, ctx.actor ?? practitionerActor(settings));
  const sessions = createSessionService({ ...deps, products, courses, screening, settings });
  const adverseEvents = createAdverseEventService(deps, products);
  return {
    patients,
    settings,
    intakes,
    screening,
    products,
    courses,
    sessions,
    adverseEvents,
    timeline: createTimelineService(ctx.db),
    today: () => todayIso(deps.now()),
    logos,
    templates,
    documents,
    audit,
    exports: createExportService({
      ...deps,
      patients,
      intakes,
      screening,
      documents,
      settings,
      sessions,
      adverseEvents,
      logos,
      dataDir: ctx.dataDir,
      log: ctx.log,
    }),
    csvImport: createCsvImportService({
      db: ctx.db,
      patients,
      audit,
      dateFormat: () => settings.get().dateFormat,
    }),
    fhirImport: createFhirImportService(ctx.db, audit, deps.now),
    erase: createErasureService(ctx.db),
  };
}

function desktopActions(ctx: ApiContext): DocumentActions {
  if (!ctx.documentActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
  return ctx.documentActions;
}

/** Who the audit trail names: the practitioner of the clinic profile, or a generic label until it is set. */
export const practitionerActor = (settings: Pick<SettingsService, 'get'>) => (): string =>
  settings.get().practitionerName || 'practitioner';
type Services = ReturnType<typeof createServices>;

/** Channels answered by the clinic session itself (they work while the data is locked). */
export type SessionChannel = Extract<Channel, `session.${string}` | `backups.${string}` | 'app.info'>;
/** Channels answered by the services over an open database. */
export type ServiceChannel = Exclude<Channel, SessionChannel>;

type Handler<C extends ServiceChannel> = (
  services: Services,
  input: ParsedInputOf<C>,
  ctx: ApiContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** The handler table: one entry per service channel. No electron here, so tests call it directly. */
const handlers: { [C in ServiceChannel]: Handler<C> } = {
  'patients.search': (s, i) => s.patients.search(i.query, i.includeArchived, i.offset, i.limit),
  'patients.get': (s, i) => s.patients.get(i.id),
  'patients.create': (s, i) => s.patients.create(i.fields, i.allowDuplicate),
  'patients.update': (s, i) => s.patients.update(i.id, i.version, i.fields),
  'patients.archive': (s, i) => s.patients.archive(i.id),
  'patients.restore': (s, i) => s.patients.restore(i.id),
  'patients.history': (s, i) => s.patients.history(i.id),
  'intakes.list': (s, i) => s.intakes.list(i.patientId),
  'intakes.get': (s, i) => s.intakes.get(i.id),
  'intakes.start': (s, i) => s.intakes.start(i.patientId),
  'intakes.saveDraft': (s, i) => s.intakes.saveDraft(i.id, i.version, i.answers),
  'intakes.sign': (s, i) => s.intakes.sign(i),
  'intakes.verify': (s, i) => s.intakes.verify(i.id),
  'screening.forPatient': (s, i) => s.screening.forPatient(i.patientId, i.planned),
  'screening.decide': (s, i) => s.screening.decide(i),
  'settings.get': (s) => s.settings.get(),
  'settings.update': (s, i) => s.settings.update(i.patch),
  'audit.list': (s, i) => s.audit.list(i, i.offset, i.limit),
  'audit.verify': (s, i, ctx) =>
    s.audit.verify(ctx.dataDir ? findAnchors(ctx.dataDir) : [], i.anchor ?? null),
  'audit.anchor': (s) => s.audit.anchor(),
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
  'documents.checkPdf': (s, i) => s.documents.checkPdf(i.id),
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
  'products.list': (s, i) => s.products.list(i.includeArchived),
  'products.create': (s, i) => s.products.create(i.fields),
  'products.update': (s, i) => s.products.update(i.id, i.version, i.fields, i.archived),
  'lots.list': (s, i) => s.products.lots(i.productId),
  'lots.create': (s, i) => s.products.createLot(i.productId, i.fields),
  'lots.update': (s, i) => s.products.updateLot(i.id, i.version, i.fields),
  'lots.expiring': (s) => s.products.expiring(s.today(), s.settings.get().lotExpiryWindowDays),
  'lots.recall': (s, i) => s.products.recall(i.lotNumber),
  'lots.recallCsv': (s, i) => lotRecallCsv(i.lotNumber, s.products.recall(i.lotNumber), s.today()),
  'courses.list': (s, i) => s.courses.list(i.patientId),
  'courses.create': (s, i) => s.courses.create(i.patientId, i.fields),
  'courses.update': (s, i) => s.courses.update(i.id, i.version, i.fields),
  'recall.list': (s, i) => s.courses.recall(i.aheadDays, i.limit),
  'sessions.list': (s, i) => s.sessions.list(i.patientId),
  'sessions.get': (s, i) => s.sessions.get(i.id),
  'sessions.create': (s, i) => s.sessions.create(i.courseId, i.fields),
  'sessions.update': (s, i) => s.sessions.update(i.id, i.version, i.fields),
  'sessions.check': (s, i) => s.sessions.check(i.id),
  'sessions.sign': (s, i) => s.sessions.sign(i.id, i.version),
  'sessions.amend': (s, i) => s.sessions.amend(i.id, i.text),
  'sessions.verify': (s, i) => s.sessions.verify(i.id),
  'sessions.aftercareDetails': (s, i) => s.sessions.aftercareDetails(i.id),
  'adverseEvents.list': (s, i) => s.adverseEvents.list(i.patientId),
  'adverseEvents.create': (s, i) => s.adverseEvents.create(i.patientId, i.fields),
  'adverseEvents.update': (s, i) => s.adverseEvents.update(i.id, i.version, i.fields),
  'timeline.forPatient': (s, i) => s.timeline.forPatient(i.patientId, i.offset, i.limit),
  'patients.erase': (s, i) => s.erase(i.id, i.confirmNumber),
  'files.chooseFolder': async (_s, i, ctx) => {
    if (!ctx.folderActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
    const title =
      i.purpose === 'backup' ? 'Choose where to save the backup' : 'Choose where to save the export';
    return { path: await ctx.folderActions.chooseFolder(title) };
  },
  'exports.patient': (s, i) => s.exports.exportPatient(i.patientId, i.folder),
  'exports.clinicStart': (s, i) => s.exports.startClinicExport(i.folder),
  'exports.clinicStatus': (s, i) => s.exports.status(i.jobId),
  'exports.clinicCancel': (s, i) => s.exports.cancel(i.jobId),
  'imports.csvPreview': (s, i) => s.csvImport.preview(i.csv, i.mapping),
  'imports.csvCommit': (s, i) => s.csvImport.commit(i.csv, i.mapping, i.mode, i.includeDuplicates),
  'imports.fhir': (s, i) => s.fhirImport(i.json, i.fileName),
};

type AuditRecord = [AuditAction, string, string | number | null];
type AuditRule<C extends ServiceChannel> = (
  input: ParsedInputOf<C>,
  output: OutputOf<C>,
) => AuditRecord | null;

/**
 * What each call writes to the audit trail: an action, a record kind and the record's id or number,
 * never names or clinical content. Writes are recorded in the same transaction as the change.
 */
const auditRules: { [C in ServiceChannel]?: AuditRule<C> } = {
  'patients.get': (_i, p) => ['open', 'patient', p.number],
  'patients.create': (_i, p) => ['create', 'patient', p.number],
  'patients.update': (_i, p) => ['update', 'patient', p.number],
  'patients.archive': (_i, p) => ['archive', 'patient', p.number],
  'patients.restore': (_i, p) => ['restore', 'patient', p.number],
  'settings.update': (i) => ['settings', 'settings', Object.keys(i.patch).sort().join(',')],
  'intakes.get': (_i, intake) => ['open', 'intake', intake.id],
  'intakes.start': (_i, intake) => ['create', 'intake', intake.id],
  'intakes.saveDraft': (_i, saved) => ['update', 'intake', saved.intake.id],
  'intakes.sign': (_i, intake) => ['sign', 'intake', intake.id],
  'screening.decide': (_i, decision) => ['create', 'flag-decision', decision.id],
  'settings.setLogo': () => ['settings', 'settings', 'logo'],
  'templates.update': (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  'templates.restoreBuiltin': (_i, v) => ['update', 'template', `${v.key}@${v.version}`],
  'templates.copy': (_i, v) => ['create', 'template', `${v.key}@${v.version}`],
  'documents.get': (i) => ['open', 'document', i.id],
  'documents.signConsent': (_i, d) => ['sign', 'document', d.id],
  'documents.giveAftercare': (_i, d) => ['create', 'document', d.id],
  'documents.withdraw': (_i, d) => ['amend', 'document', d.id],
  'documents.print': (i) => ['print', 'document', i.id],
  'documents.save': (i, outcome) => (outcome.saved ? ['export', 'document', i.id] : null),
  'products.create': (_i, p) => ['create', 'product', p.id],
  'products.update': (_i, p) => [p.archived ? 'archive' : 'update', 'product', p.id],
  'lots.create': (_i, l) => ['create', 'lot', l.id],
  'lots.update': (_i, l) => ['update', 'lot', l.id],
  // A recall reads many patients' contact details: recorded by lot, never by patient.
  'lots.recall': (i) => ['open', 'lot-recall', i.lotNumber.slice(0, 60)],
  'lots.recallCsv': (i) => ['export', 'lot-recall', i.lotNumber.slice(0, 60)],
  'courses.create': (_i, c) => ['create', 'course', c.id],
  'courses.update': (_i, c) => ['update', 'course', c.id],
  'sessions.get': (i) => ['open', 'session', i.id],
  'sessions.create': (_i, s) => ['create', 'session', s.id],
  'sessions.update': (_i, s) => ['update', 'session', s.id],
  'sessions.sign': (_i, s) => ['sign', 'session', s.id],
  'sessions.amend': (i) => ['amend', 'session', i.id],
  'adverseEvents.create': (_i, e) => ['create', 'adverse-event', e.id],
  'adverseEvents.update': (_i, e) => ['update', 'adverse-event', e.id],
  'patients.erase': (_i, erased) => ['erase', 'patient', erased.number],
  'exports.patient': (_i, result) => ['export', 'patient', result.subject],
  'exports.clinicStart': (_i, job) => ['export', 'clinic', job.id],
  'exports.clinicCancel': (_i, job) => ['update', 'clinic-export', job.id],
  // CSV and FHIR imports write one 'create' entry per patient and intake, in the import's transaction.
};

export const isServiceChannel = (name: unknown): name is ServiceChannel =>
  typeof name === 'string' && Object.hasOwn(handlers, name);

export { fieldErrors };

/** Validates an input against the shared contract. */
export function parseInput<C extends Channel>(channel: C, input: unknown): Result<ParsedInputOf<C>> {
  let parsed: ReturnType<Contract[C]['input']['safeParse']>;
  try {
    parsed = contract[channel].input.safeParse(input) as typeof parsed;
  } catch {
    // An in-process caller can pass a getter or proxy that throws while zod reads it.
    return fail({ code: 'VALIDATION', message: 'errors.validation', fields: { _: 'errors.invalid' } });
  }
  if (parsed.success) return ok(parsed.data as ParsedInputOf<C>);
  return fail({ code: 'VALIDATION', message: 'errors.validation', fields: fieldErrors(parsed.error) });
}

/** Runs a handler and turns every outcome into a Result: expected failures keep their code. */
export async function settle<T>(
  label: string,
  run: () => T | Promise<T>,
  log: ApiContext['log'] = console.error,
): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof AppError) return fail(error.toApiError());
    const storage = storageFailure(error);
    if (storage) {
      log(`[api] ${label} failed`, error);
      return fail(storage.toApiError());
    }
    // The database's own guard on signed records (a trigger) is reported as LOCKED, never INTERNAL.
    if (error instanceof Error && error.message.startsWith('LOCKED:')) {
      return fail({ code: 'LOCKED', message: 'errors.locked' });
    }
    log(`[api] ${label} failed`, error);
    return fail({ code: 'INTERNAL', message: 'errors.internal' });
  }
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Validates every input against the shared contract and turns every outcome into a Result. */
export function createApi(ctx: ApiContext): Dispatch {
  const services = createServices(ctx);
  return async (channel, input) => {
    if (!isServiceChannel(channel)) return fail({ code: 'FORBIDDEN', message: 'errors.unknownChannel' });
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel] as Handler<ServiceChannel>;
    const rule = auditRules[channel] as AuditRule<ServiceChannel> | undefined;
    const run = () => handler(services, parsed.value as never, ctx);
    if (!rule) return settle(channel, run, ctx.log);
    const record = (output: unknown) => {
      const entry = rule(parsed.value as never, output as never);
      if (entry) services.audit.append(...entry);
    };
    return settle(
      channel,
      async () => {
        let output: unknown;
        ctx.db.transaction(() => {
          output = run();
          if (!(output instanceof Promise)) record(output);
        })();
        if (!(output instanceof Promise)) return output;
        // Long-running calls (documents, exports) are recorded once they have finished.
        const value = await output;
        ctx.db.transaction(() => record(value))();
        return value;
      },
      ctx.log,
    );
  };
}
