import { parseCsv } from '../../shared/imports/csv';
import {
  type ColumnMapping,
  type CsvPreview,
  type CsvPreviewRow,
  type ImportReport,
  type ImportTarget,
  MAX_IMPORT_ROWS,
} from '../../shared/imports/schema';
import { type PatientFields, patientFieldsSchema } from '../../shared/patients/schema';
import type { Settings } from '../../shared/settings/schema';
import type { AuditLog } from '../audit/repository';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { createPatientRepository } from '../patients/repository';
import type { PatientService } from '../patients/service';
import { isSampleDatabase } from '../sample/marker';
import { SAMPLE_PEOPLE } from '../sample/people';

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

/** Header spellings recognised without the user mapping them (our own patients.csv among them). */
const SYNONYMS: Record<string, keyof PatientFields> = {
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  name: 'lastName',
  firstname: 'firstName',
  givenname: 'firstName',
  forename: 'firstName',
  preferredname: 'preferredName',
  nickname: 'preferredName',
  dateofbirth: 'dateOfBirth',
  dob: 'dateOfBirth',
  birthdate: 'dateOfBirth',
  birthday: 'dateOfBirth',
  sex: 'sex',
  gender: 'sex',
  phone: 'phone',
  telephone: 'phone',
  tel: 'phone',
  mobile: 'phone',
  phonenumber: 'phone',
  email: 'email',
  emailaddress: 'email',
  preferredlanguage: 'preferredLanguage',
  language: 'preferredLanguage',
  address: 'address',
  emergencycontactname: 'emergencyContactName',
  emergencycontact: 'emergencyContactName',
  emergencycontactphone: 'emergencyContactPhone',
  gpname: 'gpName',
  gp: 'gpName',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
};

export function guessMapping(headers: string[]): ColumnMapping {
  const used = new Set<ImportTarget>();
  return headers.map((header, column) => {
    const target = SYNONYMS[normalize(header)];
    if (!target || used.has(target)) return { column, target: 'ignore' as const };
    used.add(target);
    return { column, target };
  });
}

const SEXES: Record<string, PatientFields['sex']> = {
  f: 'female',
  female: 'female',
  w: 'female',
  woman: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  o: 'other',
  other: 'other',
  x: 'other',
  u: 'unknown',
  unknown: 'unknown',
  '': 'unknown',
};

/** ISO dates pass through; 3/4/1980 or 03.04.1980 are read in the clinic's own date order. */
function isoDate(value: string, format: Settings['dateFormat']): string {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  if (!m) return value.trim();
  const [a, b, year] = [m[1] as string, m[2] as string, m[3] as string];
  const [day, month] = format === 'MM/DD/YYYY' ? [b, a] : [a, b];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function fieldsOf(cells: string[], mapping: ColumnMapping, format: Settings['dateFormat']) {
  const values: Partial<Record<keyof PatientFields, string>> = {};
  for (const { column, target } of mapping) {
    if (target === 'ignore') continue;
    values[target] = (cells[column] ?? '').trim();
  }
  const input: Record<string, unknown> = { ...values };
  if (values.dateOfBirth !== undefined) input.dateOfBirth = isoDate(values.dateOfBirth, format);
  if (values.sex !== undefined) input.sex = SEXES[values.sex.toLowerCase()] ?? values.sex;
  if (input.lastName === undefined) input.lastName = '';
  if (input.dateOfBirth === undefined) input.dateOfBirth = '';
  return { values, input };
}

/** Text compared as a person would read it: one form for accented letters, any case, no outer spaces. */
const comparable = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();

/** The sample clinic's invented patients, as first name, last name and date of birth. */
const SAMPLE_IDENTITIES = SAMPLE_PEOPLE.map((p) => ({
  first: comparable(p.firstName),
  last: comparable(p.lastName),
  born: p.born,
  name: `${p.firstName} ${p.lastName}`,
}));

/**
 * The sample clinic's invented patient a row holds (their first name, last name and date of birth
 * among its cells), whatever the columns are mapped to: a mapping changed by hand must not let the
 * sample's patients.csv through.
 */
function samplePatientIn(cells: string[], format: Settings['dateFormat']): string | undefined {
  const values = new Set(cells.flatMap((cell) => [comparable(cell), isoDate(cell, format)]));
  return SAMPLE_IDENTITIES.find((p) => values.has(p.born) && values.has(p.first) && values.has(p.last))?.name;
}

/** Refuses a file holding one of the sample clinic's invented patients, naming its first such line. */
function refuseSamplePatients(data: string[][], format: Settings['dateFormat']): void {
  for (const [i, cells] of data.entries()) {
    const name = samplePatientIn(cells, format);
    if (name) {
      throw new AppError(
        'VALIDATION',
        'errors.validation',
        { csv: 'errors.sampleCsvRowRefused' },
        { line: i + 2, name },
      );
    }
  }
}

const messageOf = (message: string) => (message.startsWith('errors.') ? message : 'errors.invalid');

export interface CsvImportDeps {
  db: Db;
  patients: PatientService;
  audit: AuditLog;
  dateFormat: () => Settings['dateFormat'];
}

/** Patients from a CSV file: preview with per-row problems and duplicates, then one transaction. */
export function createCsvImportService(deps: CsvImportDeps) {
  const repo = createPatientRepository(deps.db);

  function analyse(csv: string, mappingIn?: ColumnMapping) {
    const { rows } = parseCsv(csv);
    const [headerRow, ...data] = rows;
    if (!headerRow) throw new AppError('VALIDATION', 'errors.validation', { csv: 'errors.csvEmpty' });
    if (data.length > MAX_IMPORT_ROWS) {
      throw new AppError('VALIDATION', 'errors.validation', { csv: 'errors.csvTooManyRows' });
    }
    const headers = headerRow.map((h) => h.trim());
    const mapping = (mappingIn ?? guessMapping(headers)).filter((m) => m.column < headers.length);
    const format = deps.dateFormat();
    // The sample clinic's patients.csv (its export, or a copy of it) never brings invented patients
    // into a real clinic, as its FHIR exports cannot; the sample clinic itself takes it back.
    if (!isSampleDatabase(deps.db)) refuseSamplePatients(data, format);
    const seen = new Map<string, number>();
    const parsed = data.map((cells, i) => {
      const line = i + 2;
      const { values, input } = fieldsOf(cells, mapping, format);
      const result = patientFieldsSchema.safeParse(input);
      const row: CsvPreviewRow = { line, values, status: 'valid', errors: {}, duplicateOf: null };
      if (!result.success) {
        for (const issue of result.error.issues)
          row.errors[String(issue.path[0] ?? '_')] ??= messageOf(issue.message);
        row.status = 'invalid';
        return { row, fields: null };
      }
      const fields = result.data;
      const existing = repo.findDuplicates(fields)[0];
      const key = `${(fields.firstName ?? '').toLowerCase()}|${fields.lastName.toLowerCase()}|${fields.dateOfBirth}`;
      const earlier = seen.get(key);
      if (existing) row.duplicateOf = existing.number;
      else if (earlier) row.duplicateOf = `line ${earlier}`;
      else seen.set(key, line);
      if (row.duplicateOf) row.status = 'duplicate';
      return { row, fields };
    });
    return { headers, mapping, parsed };
  }

  const commit = deps.db.transaction(
    (
      csv: string,
      mapping: ColumnMapping,
      mode: 'valid' | 'all',
      includeDuplicates: boolean,
    ): ImportReport => {
      const { parsed } = analyse(csv, mapping);
      const report: ImportReport = { imported: [], skipped: [], counts: {} };
      for (const { row } of parsed) {
        if (row.status === 'invalid')
          report.skipped.push({ line: row.line, reason: 'errors.importInvalid', fields: row.errors });
        else if (row.status === 'duplicate' && !includeDuplicates) {
          report.skipped.push({ line: row.line, reason: 'errors.importDuplicate', fields: {} });
        }
      }
      // "All or none": one bad row and nothing is written; the report says which rows.
      if (mode === 'all' && report.skipped.some((s) => s.reason === 'errors.importInvalid')) {
        return { ...report, counts: { patients: 0 } };
      }
      for (const { row, fields } of parsed) {
        if (!fields || (row.status === 'duplicate' && !includeDuplicates)) continue;
        const patient = deps.patients.create(fields, true);
        deps.audit.append('create', 'patient', patient.number);
        report.imported.push({ line: row.line, number: patient.number });
      }
      report.counts = { patients: report.imported.length };
      return report;
    },
  );

  return {
    preview(csv: string, mapping?: ColumnMapping): CsvPreview {
      const { headers, mapping: used, parsed } = analyse(csv, mapping);
      const rows = parsed.map((p) => p.row);
      return {
        headers,
        mapping: used,
        rows,
        valid: rows.filter((r) => r.status === 'valid').length,
        invalid: rows.filter((r) => r.status === 'invalid').length,
        duplicates: rows.filter((r) => r.status === 'duplicate').length,
      };
    },

    commit: (
      csv: string,
      mapping: ColumnMapping,
      mode: 'valid' | 'all',
      includeDuplicates: boolean,
    ): ImportReport => commit(csv, mapping, mode, includeDuplicates),
  };
}
