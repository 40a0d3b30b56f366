export type CsvValue = string | number | boolean | null | undefined;

/** Cells a spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection). */
const FORMULA = /^[=@\t\r]|^[+-][^\d\s.]/;

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (RFC 4180, CRLF), e.g. for appending rows to a file as they are produced. */
export const csvLine = (values: readonly CsvValue[]): string => `${values.map(cell).join(',')}\r\n`;

/** A whole CSV document with a UTF-8 byte-order mark so spreadsheet programs read accents correctly. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
