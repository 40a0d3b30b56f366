import { createProductService } from '../catalog/products';
import type { Db } from '../db/types';
import { createContactPreferences } from '../diary/contact';
import { createAppointmentRecords, createRecallReminderRecords } from '../diary/records';
import { createDocumentReader } from '../documents/reader';
import { createIntakeService } from '../intake/service';
import { createPatientService } from '../patients/service';
import { createPhotoService } from '../photos/service';
import { isSampleDatabase } from '../sample/marker';
import { createDecisionReader } from '../screening/decisions';
import { clinicClock } from '../settings/clinic-clock';
import { createLogoReader } from '../settings/logo-reader';
import { createSettingsService } from '../settings/service';
import { createAdverseEventService } from '../treatments/adverse-events';
import { createCourseService } from '../treatments/courses';
import { createSessionRecords } from '../treatments/session-records';
import type { ExportDeps } from './record';

/**
 * What the whole-clinic export's workers read the clinic through: the read parts of the services over
 * their own read-only connection, and nothing else. Neither the PDF writer (the documents' and the
 * logo's services load it) nor the rest of the app is loaded with it: each worker thread loads its own
 * copy of what it imports (see bulk-worker.ts).
 */
export function createExportSources(db: Db, now: () => Date, dataDir: string): ExportDeps {
  const deps = { db, now, newId: () => crypto.randomUUID() };
  const settings = createSettingsService(deps);
  const products = createProductService(deps);
  const courses = createCourseService({ ...deps, today: clinicClock(settings, now).today });
  const contact = createContactPreferences(db, now);
  return {
    patients: createPatientService(deps),
    intakes: createIntakeService(deps),
    screening: createDecisionReader(db),
    documents: createDocumentReader(db),
    settings,
    sessions: createSessionRecords({ db, products, courses }),
    adverseEvents: createAdverseEventService(deps, products),
    diaryRecords: {
      appointments: createAppointmentRecords(db),
      contact: contact.records,
      recallReminders: createRecallReminderRecords(db),
    },
    photos: createPhotoService({ ...deps, dataDir }),
    logos: createLogoReader(db),
    sampleClinic: isSampleDatabase(db),
  };
}
