import path from 'node:path';
import type { ExportCounts } from '../../shared/exports/schema';
import { PATIENT_CSV_COLUMNS } from '../../shared/exports/schema';
import type { Resource } from '../../shared/fhir/r4';
import { clinicSnapshot } from '../documents/merge-values';
import { ensurePrivateDir } from '../files/private';
import type { ExportFile } from '../record/kind';
import { RECORD_MAPPERS } from '../record/registry';
import { csvDocument, csvLine, patientCsvRow } from './csv';
import { patientResource } from './fhir';
import { type HashedFile, openHashedFile, type WrittenFile, writeHashedFile } from './hashed-file';
import type { ExportDeps, PatientRecord } from './record';
import type { RecordPdfSource } from './record-pdf';

export const BULK_MANIFEST = 'manifest.json';
export const FHIR_DIR = 'fhir';
export const CSV_DIR = 'csv';
export const DOCUMENTS_DIR = 'documents';
/** One line per document file, `sha256  path` as sha256sum writes it. */
export const DOCUMENT_SUMS = `${DOCUMENTS_DIR}/SHA256SUMS`;

export interface BulkControl {
  /** The records of the next `limit` patients after id `last`, in id order (empty at the end). */
  pageAfter(last: number, limit: number): PatientRecord[];
  cancelled(): boolean;
  /** After each patient: how many so far and the records by kind. */
  progress(done: number, counts: ExportCounts): void;
  /** Record PDFs and the signed PDFs are written (record PDFs drawn by this) when present. */
  pdfs: RecordPdfRenderer | null;
  /** The audit anchor file, written with the data. */
  anchor: ExportFile;
}

/** Draws record PDFs: in this thread, or in a pool of workers a few documents ahead. */
export interface RecordPdfRenderer {
  render(source: RecordPdfSource): Promise<Uint8Array>;
  /** How many documents may be drawing at once. */
  ahead: number;
}

export interface BulkManifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: false;
  output: { type: string; url: string; count: number }[];
  error: never[];
  extension: { mesodesk: { counts: ExportCounts; files: WrittenFile[]; sampleClinic?: true } };
}

const PAGE = 100;
/**
 * Drawing documents, a thread holds fewer patients at once: its heap is bounded (see
 * bulk-parallel.ts), and 20 instead of 100 took 20 MB off the peak at no measurable cost.
 */
const DOCUMENTS_PAGE = 20;
/** How long the export may keep the main thread before other calls get a turn. */
const YIELD_EVERY_MS = 10;
/** A reference to a bundle entry as JSON.stringify writes it (a quote inside a string is escaped, never this). */
const UUID_REFERENCE = '"reference":"urn:uuid:';

/**
 * A bundle's references point at urn:uuid fullUrls; in bulk NDJSON there are no entries, so they
 * become relative references (Type/id) to the resource in its type's file. Found with indexOf rather
 * than a global regex with a callback: the lines are long (an Encounter carries its stored record)
 * and the whole-clinic export writes a million of them.
 */
export function ndjsonLine(resource: Resource, typeOf: ReadonlyMap<string, string>): string {
  const json = JSON.stringify(resource);
  let line = '';
  let from = 0;
  for (let at = json.indexOf(UUID_REFERENCE); at >= 0; at = json.indexOf(UUID_REFERENCE, from)) {
    const idStart = at + UUID_REFERENCE.length;
    const idEnd = json.indexOf('"', idStart);
    const id = json.slice(idStart, idEnd);
    const type = id.includes('\\') ? undefined : typeOf.get(id);
    if (type) line += `${json.slice(from, at)}"reference":"${type}/${id}`;
    else line += json.slice(from, idEnd);
    from = idEnd;
  }
  return `${line}${json.slice(from)}\n`;
}

/**
 * One patient's NDJSON lines in the order their resources come (each type's file keeps it): resources
 * as objects, made lines once every id is known (a reference is made relative only to a resource of
 * the patient's, whichever kind wrote it), and lines a kind wrote as text (RecordMapper.ndjson).
 */
class PatientLines {
  private readonly entries: (Resource | { type: string; id: string; line: string })[];
  constructor(patient: Resource) {
    this.entries = [patient];
  }
  readonly text = (type: string, id: string, line: string): void => {
    this.entries.push({ type, id, line });
  };
  add(resources: Resource[]): void {
    for (const r of resources) this.entries.push(r);
  }
  write(files: BulkFiles): void {
    const typeOf = new Map<string, string>();
    for (const e of this.entries) {
      if ('resourceType' in e) typeOf.set(e.id as string, e.resourceType);
      else typeOf.set(e.id, e.type);
    }
    // Every resource is the patient's own (a lot's Medication too), so ids never repeat across patients.
    for (const e of this.entries) {
      if ('resourceType' in e) files.ndjsonFor(e.resourceType).append(ndjsonLine(e, typeOf));
      else files.ndjsonFor(e.type).append(e.line);
    }
  }
}

/**
 * The export's open files, in the order they were opened (the manifest lists them so). Part 0 is the
 * export itself; a later part (written by another worker over a later range of patients) goes to
 * `<file>.part<n>` without CSV headers nor hashing, to be appended to part 0's files in order.
 */
export function openBulkFiles(root: string, part = 0) {
  const open: HashedFile[] = [];
  const track = (url: string) => {
    const file = openHashedFile(root, part ? `${url}.part${part}` : url, { hashed: part === 0 });
    open.push(file);
    return file;
  };
  const ndjson = new Map<string, HashedFile>();
  const csvOf = (name: string, header: readonly string[]) => {
    const file = track(`${CSV_DIR}/${name}`);
    if (!part) file.append(csvDocument(header, []), 0);
    return file;
  };
  const patientsCsv = csvOf('patients.csv', PATIENT_CSV_COLUMNS);
  const mapperCsv = new Map(RECORD_MAPPERS.map((m) => [m, csvOf(m.csv.file, m.csv.header)]));
  return {
    open,
    patientsCsv,
    mapperCsv,
    ndjsonFor(type: string): HashedFile {
      let file = ndjson.get(type);
      if (!file) {
        file = track(`${FHIR_DIR}/${type}.ndjson`);
        ndjson.set(type, file);
      }
      return file;
    },
    /** documents/SHA256SUMS (of this part). */
    documentSums: () => track(DOCUMENT_SUMS),
    /** Part 0 only: the file of `url` (the NDJSON of a type not met yet is opened now). */
    fileOf(url: string): HashedFile {
      const known = open.find((f) => f.url === url);
      if (known) return known;
      return this.ndjsonFor(url.slice(FHIR_DIR.length + 1, -'.ndjson'.length));
    },
    abandon(): void {
      for (const f of open) f.abandon();
      open.length = 0;
    },
  };
}
export type BulkFiles = ReturnType<typeof openBulkFiles>;

/** The sums of several parts' counts, kind by kind. */
export function addCounts(total: ExportCounts, part: ExportCounts): ExportCounts {
  for (const [kind, n] of Object.entries(part)) total[kind] = (total[kind] ?? 0) + (n ?? 0);
  return total;
}

/**
 * Writes the records of every patient `control.pageAfter` gives into `files` (and the documents, with a
 * renderer); returns the counts by kind, or null once cancelled.
 */
export async function writeBulkRecords(
  deps: ExportDeps,
  root: string,
  at: Date,
  files: BulkFiles,
  control: Omit<BulkControl, 'anchor'> & { after?: number },
): Promise<ExportCounts | null> {
  const { patientsCsv, mapperCsv } = files;
  const sums = control.pdfs ? files.documentSums() : null;
  const counts: ExportCounts = {};
  const rendering = new Set<Promise<void>>();
  let previous: Promise<void> = Promise.resolve();
  const settings = deps.settings.get();
  const clinic = clinicSnapshot(settings);
  // Only the record PDFs draw the logo.
  const logo = control.pdfs && clinic.logoHash ? deps.logos.bytes(clinic.logoHash) : null;
  // A patient's documents are written one after another: their folder is made once, not for each.
  let madeFolder = '';
  const writeDocument = (url: string, bytes: Buffer) => {
    const folder = path.posix.dirname(url);
    if (folder !== madeFolder) {
      ensurePrivateDir(path.join(root, folder));
      madeFolder = folder;
    }
    const written = writeHashedFile(root, url, bytes, { folderMade: true });
    sums?.append(`${written.sha256}  ${url}\n`);
  };

  try {
    let done = 0;
    let last = control.after ?? 0;
    let lastYield = performance.now();
    for (;;) {
      const page = control.pageAfter(last, control.pdfs ? DOCUMENTS_PAGE : PAGE);
      if (!page.length) break;
      for (const record of page) {
        if (control.cancelled()) return null;
        const { patient } = record;
        const patientFhir = patientResource(patient);
        const lines = new PatientLines(patientFhir);
        patientsCsv.append(csvLine(patientCsvRow(patient)));
        const sections = [];
        /** The signed PDFs, copied as stored, before the record PDF. */
        const signed: ExportFile[] = [];
        for (const mapper of RECORD_MAPPERS) {
          const items = mapper.items(record);
          counts[mapper.kind] = (counts[mapper.kind] ?? 0) + items.length;
          const files = mapper.files ? await mapper.files(items, deps, patient) : [];
          if (!mapper.ndjson?.(items, patient, lines.text)) {
            lines.add(mapper.fhir(items, patient, new Map(files.map((f) => [f.name, f.bytes]))));
          }
          mapper.patientFhir?.(items, patientFhir);
          const rows = items.flatMap((item) => mapper.csv.rows(item, patient));
          if (rows.length) mapperCsv.get(mapper)?.append(rows.map(csvLine).join(''), rows.length);
          if (control.pdfs) {
            sections.push(mapper.pdf(items));
            for (const f of files) signed.push(f);
          }
        }
        lines.write(files);
        if (control.pdfs) {
          const pdfs = control.pdfs;
          const source: RecordPdfSource = {
            patient,
            sections,
            clinic,
            logo,
            paperSize: settings.paperSize,
            generatedAt: at.toISOString(),
          };
          const folder = `${DOCUMENTS_DIR}/${patient.number}`;
          // Written in patient order, whichever document is drawn first: SHA256SUMS lists them so.
          const job: Promise<void> = Promise.all([pdfs.render(source), previous]).then(([pdf]) => {
            for (const f of signed) writeDocument(`${folder}/${f.name}`, f.bytes);
            writeDocument(
              `${folder}/patient-record-${patient.number}.pdf`,
              Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length),
            );
          });
          previous = job;
          rendering.add(job);
          void job.finally(() => rendering.delete(job)).catch(() => undefined);
          // A few documents ahead at most, never the whole clinic in memory.
          while (rendering.size >= pdfs.ahead) await Promise.race(rendering);
        }
        done += 1;
        last = patient.id;
        counts.patients = done;
        control.progress(done, counts);
        // Let other calls (the progress poll, the cancel button) in every few milliseconds.
        if (performance.now() - lastYield > YIELD_EVERY_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = performance.now();
        }
      }
    }
    await Promise.all(rendering);
    return control.cancelled() ? null : counts;
  } finally {
    await Promise.allSettled(rendering);
  }
}

/** Closes part 0's files, writes the anchor and the manifest (counts and SHA-256 of every file). */
export function finishBulkExport(
  root: string,
  at: Date,
  files: WrittenFile[],
  counts: ExportCounts,
  anchor: ExportFile,
  sampleClinic: boolean,
): BulkManifest {
  files.push(writeHashedFile(root, anchor.name, anchor.bytes));
  const output = files
    .filter((f) => f.url.startsWith(`${FHIR_DIR}/`))
    .map((f) => ({
      type: f.url.slice(FHIR_DIR.length + 1, -'.ndjson'.length),
      url: f.url,
      count: f.count ?? 0,
    }));
  counts.fhirResources = output.reduce((n, o) => n + o.count, 0);
  const manifest: BulkManifest = {
    transactionTime: at.toISOString(),
    request: 'mesodesk:clinic-export',
    requiresAccessToken: false,
    output,
    error: [],
    extension: { mesodesk: { counts, files, ...(sampleClinic ? { sampleClinic: true as const } : {}) } },
  };
  writeHashedFile(root, BULK_MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return manifest;
}

/**
 * The whole clinic as FHIR Bulk Data (one NDJSON file per resource type), one CSV file per table and a
 * manifest with counts and SHA-256 of every file; with a renderer, each patient's record PDF and
 * signed PDFs under documents/. Every record kind of the registry joins
 * through its mapper. One patient at a time and files written as they go: memory stays flat.
 */
export async function writeBulkExport(
  deps: ExportDeps,
  root: string,
  at: Date,
  control: BulkControl,
): Promise<BulkManifest | null> {
  const files = openBulkFiles(root);
  try {
    const counts = await writeBulkRecords(deps, root, at, files, control);
    if (!counts) return null;
    const written = files.open.map((f) => f.close());
    files.open.length = 0;
    return finishBulkExport(root, at, written, counts, control.anchor, deps.sampleClinic);
  } finally {
    files.abandon();
  }
}
