import { call } from '../api/call';
import {
  type CsvPreview,
  csvImportSchema,
  csvPreviewSchema,
  fhirBulkImportSchema,
  fhirImportSchema,
  type ImportReport,
} from './schema';

export const importsContract = {
  'imports.csvPreview': call<typeof csvPreviewSchema, CsvPreview>(csvPreviewSchema),
  'imports.csvCommit': call<typeof csvImportSchema, ImportReport>(csvImportSchema),
  'imports.fhir': call<typeof fhirImportSchema, ImportReport>(fhirImportSchema),
  /** A whole-clinic bulk export's folder (NDJSON files and their manifest). */
  'imports.fhirBulk': call<typeof fhirBulkImportSchema, ImportReport>(fhirBulkImportSchema),
} as const;
