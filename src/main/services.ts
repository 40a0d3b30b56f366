import path from 'node:path';
import { createAuditLog } from './audit/repository';
import { createProductService } from './catalog/products';
import { createClinicalTextService } from './clinical-texts/service';
import type { Db, DbAccess } from './db/types';
import { createContactPreferences } from './diary/contact';
import { createAppointmentRecords, createRecallReminderRecords } from './diary/records';
import { createReminderService } from './diary/reminders';
import { createDiaryService } from './diary/service';
import type { DocumentActions } from './documents/actions';
import { createDocumentService } from './documents/service';
import { createTemplateService } from './documents/template-service';
import { createErasureService } from './erasure/service';
import type { ExportDeps } from './exports/record';
import { createExportService } from './exports/service';
import type { FolderActions } from './files/actions';
import { createCsvImportService } from './imports/csv-import';
import { createFhirImportService } from './imports/fhir-import';
import { createIntakeService } from './intake/service';
import { createPatientService } from './patients/service';
import { createPhotoService } from './photos/service';
import { isSampleDatabase } from './sample/marker';
import { createScreeningService } from './screening/service';
import { clinicClock } from './settings/clinic-clock';
import { createLogoService } from './settings/logo';
import { createSettingsService, type SettingsService } from './settings/service';
import { createAdverseEventService } from './treatments/adverse-events';
import { createCourseService } from './treatments/courses';
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
  /** How another connection opens the same database file (the whole-clinic export's readers). */
  dbAccess?: DbAccess;
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
  // One "today" for every list that asks (recalls, expiring lots, the lot-recall file): the clinic's date.
  const clock = clinicClock(settings, deps.now);
  const courses = createCourseService({ ...deps, today: clock.today });
  const audit = createAuditLog(ctx.db, deps.now, ctx.actor ?? practitionerActor(settings));
  const photos = createPhotoService({ ...deps, dataDir: ctx.dataDir ?? path.dirname(ctx.db.name) });
  const sessions = createSessionService({
    ...deps,
    products,
    courses,
    screening,
    settings,
    missingBeforePhotos: photos.missingBeforeViews,
  });
  const adverseEvents = createAdverseEventService(deps, products);
  const diary = createDiaryService({
    ...deps,
    settings,
    courses,
    sessions,
    missingBeforeViews: photos.missingBeforeViews,
  });
  const contactPreferences = createContactPreferences(ctx.db, deps.now);
  const reminders = createReminderService({
    ...deps,
    settings,
    diary,
    courses,
    contact: contactPreferences,
  });
  const diaryRecords = {
    appointments: createAppointmentRecords(ctx.db),
    contact: contactPreferences.records,
    recallReminders: createRecallReminderRecords(ctx.db),
  };
  const clinicalTexts = createClinicalTextService({
    ...deps,
    approver: practitionerActor(settings),
    templateReview: templates.review,
  });
  const erase = createErasureService(ctx.db);
  const exportSources: ExportDeps = {
    patients,
    intakes,
    screening,
    documents,
    settings,
    sessions,
    adverseEvents,
    diaryRecords,
    photos,
    logos,
    sampleClinic: isSampleDatabase(ctx.db),
  };
  return {
    clinicalTexts,
    patients,
    settings,
    intakes,
    screening,
    products,
    courses,
    sessions,
    adverseEvents,
    diary,
    contactPreferences,
    reminders,
    timeline: createTimelineService(ctx.db),
    today: clock.today,
    logos,
    templates,
    documents,
    audit,
    exportSources,
    exports: createExportService({
      ...deps,
      ...exportSources,
      documents,
      dataDir: ctx.dataDir,
      dbAccess: ctx.dbAccess,
      log: ctx.log,
    }),
    csvImport: createCsvImportService({
      db: ctx.db,
      patients,
      audit,
      dateFormat: () => settings.get().dateFormat,
    }),
    fhirImport: createFhirImportService(ctx.db, audit, deps.now, photos),
    photos,
    /**
     * Erasure removes the patient's photo files once their rows are gone: listed in the erasure's
     * transaction, removed once whatever transaction holds this call (the API's) has committed, a
     * microtask later; a failed erasure rolls the list back with the rest and removes nothing.
     */
    erase: (id: number, confirmNumber: string) => {
      const result = ctx.db.transaction(() => {
        photos.queueRemoval(photos.filesOf(id));
        return erase(id, confirmNumber);
      })();
      queueMicrotask(() => {
        try {
          photos.removeQueued();
        } catch (error) {
          // Still listed: the next unlock removes them.
          (ctx.log ?? console.error)('[erasure] photo files not removed yet', error);
        }
      });
      return result;
    },
  };
}

/** Who the audit trail names: the practitioner of the clinic profile, or a generic label until it is set. */
export const practitionerActor = (settings: Pick<SettingsService, 'get'>) => (): string =>
  settings.get().practitionerName || 'practitioner';
export type Services = ReturnType<typeof createServices>;
