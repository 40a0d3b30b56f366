import { call } from '../api/call';
import type { FolderChoice } from '../backup/schema';
import {
  chooseFolderSchema,
  clinicExportSchema,
  type ExportJob,
  type ExportResult,
  exportJobSchema,
  patientExportSchema,
} from './schema';

export const exportsContract = {
  /** Desktop only: a native folder picker. Browser mode types a folder path. */
  'files.chooseFolder': call<typeof chooseFolderSchema, FolderChoice>(chooseFolderSchema),
  'exports.patient': call<typeof patientExportSchema, ExportResult>(patientExportSchema),
  'exports.clinicStart': call<typeof clinicExportSchema, ExportJob>(clinicExportSchema),
  'exports.clinicStatus': call<typeof exportJobSchema, ExportJob>(exportJobSchema),
  'exports.clinicCancel': call<typeof exportJobSchema, ExportJob>(exportJobSchema),
} as const;
