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

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (RFC 4180, CRLF), e.g. for appending rows to a file as they are produced. */
export const csvLine = (values: readonly CsvValue[]): string => `${values.map(cell).join(',')}\r\n`;

/** A whole CSV document with a UTF-8 byte-order mark so spreadsheet programs read accents correctly. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
