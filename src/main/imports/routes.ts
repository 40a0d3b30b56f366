import type { importsContract } from '../../shared/imports/contract';
import { NOT_AUDITED, type Routes } from '../route';
import { importBulkFolder } from './fhir-bulk-import';

/** CSV and FHIR imports write one 'create' entry per patient and intake, in the import's transaction. */
export const importRoutes: Routes<typeof importsContract> = {
  'imports.csvPreview': [(s, i) => s.csvImport.preview(i.csv, i.mapping), NOT_AUDITED],
  'imports.csvCommit': [
    (s, i) => s.csvImport.commit(i.csv, i.mapping, i.mode, i.includeDuplicates),
    NOT_AUDITED,
  ],
  'imports.fhir': [(s, i) => s.fhirImport.bundle(i.json, i.fileName), NOT_AUDITED],
  'imports.fhirBulk': [(s, i) => importBulkFolder(s.fhirImport, i.folder), NOT_AUDITED],
};
