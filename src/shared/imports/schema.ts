import { z } from 'zod';
import { folderSchema } from '../exports/schema';
import { PATIENT_FIELD_NAMES, type PatientFields } from '../patients/schema';

/** A CSV file sent from the renderer: at most 5 MB of text and 5,000 patients. */
export const MAX_CSV_CHARS = 5_000_000;
export const MAX_IMPORT_ROWS = 5_000;
/** Our own FHIR bundle of one patient, or a few, with its PDFs: at most 20 MB. */
export const MAX_FHIR_CHARS = 20_000_000;

export type ImportTarget = keyof PatientFields | 'ignore';
export const IMPORT_TARGETS = [...PATIENT_FIELD_NAMES, 'ignore'] as unknown as [
  ImportTarget,
  ...ImportTarget[],
];

const csv = z
  .string({ error: 'errors.required' })
  .min(1, { error: 'errors.required' })
  .max(MAX_CSV_CHARS, { error: 'errors.fileTooLarge' });

/** Column header -> patient field. Columns not listed are ignored. */
const mapping = z
  .array(z.strictObject({ column: z.number().int().min(0).max(199), target: z.enum(IMPORT_TARGETS) }))
  .max(200);

export const csvPreviewSchema = z.strictObject({ csv, mapping: mapping.optional() });
export const csvImportSchema = z.strictObject({
  csv,
  mapping,
  /** valid: import the valid rows and skip the rest; all: import only if every row is valid. */
  mode: z.enum(['valid', 'all']),
  /** Also import rows that match an existing patient by name and date of birth. */
  includeDuplicates: z.boolean().default(false),
});
export const fhirBulkImportSchema = z.strictObject({ folder: folderSchema });

export const fhirImportSchema = z.strictObject({
  json: z
    .string({ error: 'errors.required' })
    .min(1, { error: 'errors.required' })
    .max(MAX_FHIR_CHARS, { error: 'errors.fileTooLarge' }),
  /** The chosen file's name: imported records show it as their source when the bundle names no clinic. */
  fileName: z.string().trim().max(200, { error: 'errors.tooLong' }).optional(),
});

export type ColumnMapping = z.output<typeof mapping>;

export interface CsvPreviewRow {
  /** The line in the file (the header is line 1). */
  line: number;
  values: Partial<Record<keyof PatientFields, string>>;
  status: 'valid' | 'invalid' | 'duplicate';
  /** Field -> message key, for invalid rows. */
  errors: Record<string, string>;
  /** The existing patient number, or "line N" for an earlier row of the same file. */
  duplicateOf: string | null;
}

export interface CsvPreview {
  headers: string[];
  mapping: ColumnMapping;
  rows: CsvPreviewRow[];
  valid: number;
  invalid: number;
  duplicates: number;
}

export interface ImportReport {
  imported: { line: number | null; number: string }[];
  skipped: { line: number | null; reason: string; fields: Record<string, string> }[];
  /** Other records created with the patients (a FHIR import's intakes). */
  counts: Record<string, number>;
}
