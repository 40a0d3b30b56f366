import { call } from '../api/call';
import type { FolderChoice } from '../backup/schema';
import * as s from './schema';

export const exportsContract = {
  /** Desktop only: a native folder picker. Browser mode types a folder path. */
  'files.chooseFolder': call(s.chooseFolderSchema).returns<FolderChoice>(),
  'exports.patient': call(s.patientExportSchema).returns<s.ExportResult>(),
  'exports.clinicStart': call(s.clinicExportSchema).returns<s.ExportJob>(),
  'exports.clinicStatus': call(s.exportJobSchema).returns<s.ExportJob>(),
  'exports.clinicCancel': call(s.exportJobSchema).returns<s.ExportJob>(),
} as const;
