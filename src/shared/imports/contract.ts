import { call } from '../api/call';
import * as s from './schema';

export const importsContract = {
  'imports.csvPreview': call(s.csvPreviewSchema).returns<s.CsvPreview>(),
  'imports.csvCommit': call(s.csvImportSchema).returns<s.ImportReport>(),
  'imports.fhir': call(s.fhirImportSchema).returns<s.ImportReport>(),
} as const;
