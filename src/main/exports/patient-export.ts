import fs from 'node:fs';
import path from 'node:path';
import type { ExportCounts } from '../../shared/exports/schema';
import { PATIENT_CSV_COLUMNS } from '../../shared/exports/schema';
import type { Resource } from '../../shared/fhir/r4';
import type { Patient } from '../../shared/patients/schema';
import { clinicSnapshot } from '../documents/merge-values';
import { ensurePrivateDir, writePrivateFile } from '../files/private';
import type { ExportFile } from '../record/kind';
import { RECORD_MAPPERS } from '../record/registry';
import { type CsvValue, csvDocument, patientCsvRow } from './csv';
import { bundleOf, patientResource } from './fhir';
import { type ExportDeps, loadPatientRecord } from './record';
import { renderRecordPdf } from './record-pdf';

export interface PatientExport {
  patient: Patient;
  files: ExportFile[];
  /** The CSV rows per file, for the whole-clinic files. */
  csvRows: Map<string, CsvValue[][]>;
  counts: ExportCounts;
}

/** Builds every file of one patient's export in memory (one patient at a time keeps memory flat). */
export async function buildPatientExport(
  deps: ExportDeps,
  patientId: number,
  at: Date,
): Promise<PatientExport> {
  const record = loadPatientRecord(deps, patientId);
  const { patient } = record;
  const settings = deps.settings.get();
  const files: ExportFile[] = [];
  const counts: ExportCounts = { patients: 1 };
  const csvRows = new Map<string, CsvValue[][]>([['patients.csv', [patientCsvRow(patient)]]]);
  const patientFhir = patientResource(patient);
  const resources: Resource[] = [patientFhir];
  const sections = [];
  for (const mapper of RECORD_MAPPERS) {
    const items = mapper.items(record);
    counts[mapper.kind] = items.length;
    const extra = mapper.files ? await mapper.files(items, deps, patient) : [];
    files.push(...extra);
    resources.push(...mapper.fhir(items, patient, new Map(extra.map((f) => [f.name, f.bytes]))));
    mapper.patientFhir?.(items, patientFhir);
    csvRows.set(
      mapper.csv.file,
      items.flatMap((item) => mapper.csv.rows(item, patient)),
    );
    sections.push(mapper.pdf(items));
  }
  const clinic = clinicSnapshot(settings);
  const pdf = await renderRecordPdf({
    patient,
    sections,
    clinic,
    logo: clinic.logoHash ? deps.logos.bytes(clinic.logoHash) : null,
    paperSize: settings.paperSize,
    generatedAt: at.toISOString(),
  });
  files.unshift({ name: `patient-record-${patient.number}.pdf`, bytes: pdf });
  const bundle = bundleOf(patient.uid, at.toISOString(), resources, deps.sampleClinic);
  files.push({ name: 'fhir-bundle.json', bytes: Buffer.from(JSON.stringify(bundle, null, 2)) });
  files.push({
    name: 'patients.csv',
    bytes: Buffer.from(csvDocument(PATIENT_CSV_COLUMNS, [patientCsvRow(patient)])),
  });
  for (const mapper of RECORD_MAPPERS) {
    const rows = csvRows.get(mapper.csv.file) ?? [];
    files.push({ name: mapper.csv.file, bytes: Buffer.from(csvDocument(mapper.csv.header, rows)) });
  }
  counts.fhirResources = resources.length;
  counts.files = files.length;
  return { patient, files, csvRows, counts };
}

/** A folder name that does not exist yet: `base`, then `base-2`, `base-3` ... */
export function freshFolder(parent: string, base: string): string {
  let candidate = path.join(parent, base);
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); n++) {
    candidate = path.join(parent, `${base}-${n}`);
  }
  return candidate;
}

/** Writes the files into a `.partial` folder and renames it when complete, so no half export looks finished. */
export function writeFolder(target: string, files: readonly ExportFile[]): void {
  const partial = `${target}.partial`;
  ensurePrivateDir(partial);
  try {
    for (const file of files) {
      const full = path.join(partial, file.name);
      ensurePrivateDir(path.dirname(full));
      writePrivateFile(full, file.bytes);
    }
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const patientFolderName = (p: Patient, at: Date) => `mesodesk-patient-${p.number}-${dayOf(at)}`;
