import type { createAppointmentImporter } from '../diary/records';
import type { createPhotoImporter } from '../photos/fhir-import';
import type { createIntakeImporter } from './fhir-intakes';
import type { createTreatmentImporter } from './fhir-treatments';

/** What the registry's FHIR import parts write with: one importer per family of records. */
export interface FhirImporters {
  intakes: ReturnType<typeof createIntakeImporter>;
  treatments: ReturnType<typeof createTreatmentImporter>;
  diary: ReturnType<typeof createAppointmentImporter>;
  photos: ReturnType<typeof createPhotoImporter>;
}
