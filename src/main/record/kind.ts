import type { Patient as FhirPatient, Resource } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import type { TimelineKind } from '../../shared/treatments/schema';
import type { CsvValue } from '../exports/csv';
import type { ExportSources, PatientRecord } from '../exports/record';
import type { FhirImporters } from '../imports/fhir-importers';

/** A file written next to the record: a signed document's PDF. */
export interface ExportFile {
  name: string;
  bytes: Buffer;
}

/** A heading and its lines in the record PDF; a line may carry a label. */
export interface PdfSection {
  heading: string;
  /** `image`: a JPEG drawn small under the title (a photo's thumbnail). */
  entries: { title: string; lines: [label: string, value: string][]; image?: Buffer }[];
  empty: string;
}

/**
 * Receives the whole-clinic export's NDJSON lines: the resource's type, its id and its line (JSON and
 * a line feed), references already relative (`Type/id`) as bulk data has them.
 */
export type NdjsonLines = (type: string, id: string, line: string) => void;

/**
 * How one record type joins every export: its rows in the record, its FHIR resources, its CSV file,
 * its section of the record PDF and any files beside it. The patient export, the whole-clinic export
 * and the counts take every mapper of the registry; nothing else changes.
 */
export interface RecordMapper<T> {
  /** The kind as counted in an export summary, e.g. "intakes". */
  kind: string;
  items(record: PatientRecord): T[];
  /** FHIR R4 resources; `files` holds what files() wrote, e.g. PDFs to attach. */
  fhir(items: T[], patient: Patient, files: ReadonlyMap<string, Buffer>): Resource[];
  csv: { file: string; header: readonly string[]; rows(item: T, patient: Patient): CsvValue[][] };
  pdf(items: T[]): PdfSection;
  files?(items: T[], sources: ExportSources, patient: Patient): Promise<ExportFile[]>;
  /**
   * The kind's FHIR resources written straight as bulk NDJSON lines, where JSON.stringify of `fhir`'s
   * objects costs too much for the whole-clinic export; the same bytes as `fhir` gives once its
   * references are made relative. False (nothing written) sends the items through `fhir`.
   */
  ndjson?(items: T[], patient: Patient, out: NdjsonLines): boolean;
  /** What the kind says about the patient themself, written into their Patient resource. */
  patientFhir?(items: T[], resource: FhirPatient): void;
}

/**
 * A mapper's `fhir` for a kind whose resources embed the file its `files()` wrote for each item (a
 * signed PDF, a photo's image); a file missing from what was written is a bug, never a silent gap.
 */
export const fhirWithFiles =
  <T>(
    fileName: (item: T) => string,
    missing: (item: T) => string,
    resources: (item: T, patient: Patient, file: Buffer) => Resource | Resource[],
  ) =>
  (items: T[], patient: Patient, files: ReadonlyMap<string, Buffer>): Resource[] =>
    items.flatMap((item) => {
      const file = files.get(fileName(item));
      if (!file) throw new Error(missing(item));
      return resources(item, patient, file);
    });

export const mapper = <T>(m: RecordMapper<T>) => m as unknown as RecordMapper<unknown>;

/** The record's lists that a kind exports as they are, named as the kind is counted. */
type ListedKind = {
  [K in keyof PatientRecord]-?: PatientRecord[K] extends unknown[] ? K : never;
}[keyof PatientRecord];

/**
 * The mapper of a kind whose items are the record's list of the same name; without `fhir`, the kind
 * has no FHIR resources (it still has its CSV file and PDF section).
 */
export const listMapper = <K extends ListedKind>(
  kind: K,
  m: Omit<RecordMapper<PatientRecord[K][number]>, 'kind' | 'items' | 'fhir'> &
    Partial<Pick<RecordMapper<PatientRecord[K][number]>, 'fhir'>>,
) => mapper<PatientRecord[K][number]>({ kind, items: (r) => r[kind], fhir: () => [], ...m });

/** Said out loud where a kind of record takes no part, with the reason (e.g. "exported with its session"). */
export interface NotIncluded {
  notIncluded: string;
}

/**
 * One branch of the patient timeline: a SELECT of kind, id, at, sort_at, detail, parent_id, sequence,
 * note (a reason shown with the entry) and archived_at, for @patientId (through an index on patient_id).
 */
export interface TimelineBranch {
  kind: TimelineKind;
  select: string;
  /** Counts the branch's rows for @patientId; by default those of the kind's table with that patient_id. */
  count?: string;
}

/** One DELETE of erasure, run with the patient's id; `name` is how the erasure result counts it. */
export interface ErasureStep {
  name: string;
  sql: string;
}

/** Erases the patient's rows of `table` (those with its patient_id). */
export const erasePatientRows = (name: string, table: string): ErasureStep => ({
  name,
  sql: `DELETE FROM ${table} WHERE patient_id = ?`,
});

/** Erases the rows of `table` that belong, through `parentKey`, to the patient's rows of `parentTable`. */
export const eraseChildRows = (
  name: string,
  table: string,
  parentKey: string,
  parentTable: string,
): ErasureStep => ({
  name,
  sql: `DELETE FROM ${table} WHERE ${parentKey} IN (SELECT id FROM ${parentTable} WHERE patient_id = ?)`,
});

/** How a resource of our own FHIR bundle becomes this kind of record again. */
export interface FhirImport {
  resourceType: string;
  /** Recreates the record the resource carries for a patient created by this import. */
  run(resource: Record<string, unknown>, patientId: number, importers: FhirImporters): void;
}

/**
 * Every kind of record that belongs to a patient (a table with a foreign key to patients), and how it
 * appears in each place a patient's record goes. A part the kind takes no part in says why.
 */
export interface PatientRecordKind {
  /** The table whose rows are this kind of record. */
  table: string;
  /** Several branches when the kind carries a child table of its own (a photo protocol's skipped views). */
  timeline: TimelineBranch | readonly TimelineBranch[] | NotIncluded;
  /**
   * The record PDF section, the FHIR resources and the CSV file; several when the kind carries a child
   * table of its own (a photo protocol's skipped views, with the photos).
   */
  export: RecordMapper<unknown> | readonly RecordMapper<unknown>[] | NotIncluded;
  fhirImport: FhirImport | NotIncluded;
  /** Children before the kind's own table; erasure runs the registry from its end. */
  erasure: readonly ErasureStep[];
}

/** A kind that is shown, exported and re-imported only as part of other records; its rows go with the patient. */
export const partOfOtherRecords = (
  table: string,
  erasureName: string,
  why: { timeline: string; export: string; fhirImport: string },
): PatientRecordKind => ({
  table,
  timeline: { notIncluded: why.timeline },
  export: { notIncluded: why.export },
  fhirImport: { notIncluded: why.fhirImport },
  erasure: [erasePatientRows(erasureName, table)],
});

/** A kind that is exported but neither shown in the timeline nor re-imported; its rows go with the patient. */
export const exportedOnly = (
  table: string,
  erasureName: string,
  exported: RecordMapper<unknown>,
  why: { timeline: string; fhirImport: string },
): PatientRecordKind => ({
  table,
  timeline: { notIncluded: why.timeline },
  export: exported,
  fhirImport: { notIncluded: why.fhirImport },
  erasure: [erasePatientRows(erasureName, table)],
});

export const isIncluded = <T extends object>(part: T | NotIncluded): part is T => !('notIncluded' in part);
