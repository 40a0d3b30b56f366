import { call } from '../api/call';
import {
  type CsvPreview,
  csvImportSchema,
  csvPreviewSchema,
  fhirImportSchema,
  type ImportReport,
} from './schema';

export const importsContract = {
  'imports.csvPreview': call<typeof csvPreviewSchema, CsvPreview>(csvPreviewSchema),
  'imports.csvCommit': call<typeof csvImportSchema, ImportReport>(csvImportSchema),
  'imports.fhir': call<typeof fhirImportSchema, ImportReport>(fhirImportSchema),
} as const;
