import { call } from '../api/call';
import * as s from './schema';

export const importsContract = {
  'imports.csvPreview': call(s.csvPreviewSchema).returns<s.CsvPreview>(),
  'imports.csvCommit': call(s.csvImportSchema).returns<s.ImportReport>(),
  'imports.fhir': call(s.fhirImportSchema).returns<s.ImportReport>(),
  /** A whole-clinic bulk export's folder (NDJSON files and their manifest). */
  'imports.fhirBulk': call(s.fhirBulkImportSchema).returns<s.ImportReport>(),
} as const;
