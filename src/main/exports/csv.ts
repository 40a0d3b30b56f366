import type { Patient } from '../../shared/patients/schema';

export type CsvValue = string | number | boolean | null | undefined;

/** A spreadsheet runs a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What may start that way and still be left alone: a plain number, or a phone number. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const PHONE_NUMBER = /^\+\d[\d ]{5,19}$/;

/** The cell's text as a spreadsheet may safely see it: a would-be formula gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text) || PHONE_NUMBER.test(text)) return text;
  return `'${text}`;
}

const cellText = (value: CsvValue): string =>
  value === null || value === undefined ? '' : neutraliseFormula(String(value));

/** What makes a cell need quotes besides surrounding whitespace: a quote, comma, line break or byte-order mark. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;

/**
 * RFC 4180 with CRLF line ends, quoting exactly as papaparse's unparse does (a quote, comma, line break
 * or byte-order mark, or a space at either end) and also any other surrounding whitespace (tab,
 * no-break space) so no reader trims it away; tests/unit/csv.test.ts holds it to papaparse. Written
 * directly because the whole-clinic export writes a million cells: papaparse's per-call set-up cost
 * more than the rest of the CSV part.
 */
function cellCsv(value: CsvValue): string {
  // A number not below zero is digits, a point and an exponent: nothing to neutralise or quote.
  if (typeof value === 'number' && value >= 0) return String(value);
  if (value === null || value === undefined || value === '') return '';
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(cellCsv).join(',')}\r\n`;
  return text;
}

/** One CSV line (RFC 4180, CRLF), e.g. for appending rows to a file as they are produced. */
export const csvLine = (values: readonly CsvValue[]): string => csvLines([values]);

/** A whole CSV document with a UTF-8 byte-order mark so spreadsheet programs read accents correctly. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  `\uFEFF${csvLines([header, ...rows])}`;

/** A patient's row of patients.csv (PATIENT_CSV_COLUMNS). */
export const patientCsvRow = (p: Patient): CsvValue[] => [
  p.number,
  p.lastName,
  p.firstName,
  p.preferredName,
  p.dateOfBirth,
  p.sex,
  p.phone,
  p.email,
  p.address,
  p.emergencyContactName,
  p.emergencyContactPhone,
  p.gpName,
  p.notes,
  p.preferredLanguage,
  p.createdAt,
  p.updatedAt,
  p.archivedAt,
];
