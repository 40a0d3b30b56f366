import { z } from 'zod';
import { id, requiredString } from '../kernel/zod';

/** A folder path typed or chosen by the user (an export's, a bulk import's). */
export const folderSchema = requiredString(1000);
/** A folder an export is written into. */
export const exportFolder = folderSchema;

/** The export goes into `folder`, or the clinic's own exports folder when absent. */
export const patientExportSchema = z.strictObject({ patientId: id, folder: exportFolder.optional() });
/** The whole clinic as bulk data; with the PDFs unless `documents` is false; one zip file if `zip`. */
export const clinicExportSchema = z.strictObject({
  folder: exportFolder.optional(),
  documents: z.boolean().optional(),
  zip: z.boolean().optional(),
});
export const exportJobSchema = z.strictObject({
  jobId: z.string().min(1, { error: 'errors.required' }).max(64, { error: 'errors.tooLong' }),
});
export const chooseFolderSchema = z.strictObject({
  purpose: z.enum(['backup', 'export']),
});

/** Records written, by kind, e.g. { patients: 1, intakes: 2, documents: 3, files: 9 }. */
export type ExportCounts = Record<string, number>;

export interface ExportResult {
  /** The patient number, or "clinic". */
  subject: string;
  /** The folder that was written, named with the patient number (or "clinic") and the date. */
  folder: string;
  files: string[];
  counts: ExportCounts;
}

export interface ExportJob {
  id: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  folder: string;
  done: number;
  total: number;
  counts: ExportCounts;
  /** A message key when the job failed. */
  problem: string | null;
}

export const PATIENT_CSV_COLUMNS = [
  'number',
  'last_name',
  'first_name',
  'preferred_name',
  'date_of_birth',
  'sex',
  'phone',
  'email',
  'address',
  'emergency_contact_name',
  'emergency_contact_phone',
  'gp_name',
  'notes',
  'preferred_language',
  'created_at',
  'updated_at',
  'archived_at',
] as const;
