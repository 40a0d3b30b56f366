import Papa from 'papaparse';

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

/**
 * RFC 4180 with CRLF line ends. papaparse quotes a cell holding a quote, comma, line break or
 * byte-order mark, or starting or ending with a space; `quotes` adds any other surrounding
 * whitespace (tab, no-break space) so no reader trims it away. Its own formula escaping stays off:
 * neutraliseFormula does that and leaves phone numbers readable.
 */
const UNPARSE: Papa.UnparseConfig = {
  delimiter: ',',
  newline: '\r\n',
  quotes: (value: unknown) => typeof value === 'string' && value !== value.trim(),
  escapeFormulae: false,
};

function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  if (!rows.length) return '';
  const text = Papa.unparse(
    rows.map((row) => row.map(cellText)),
    UNPARSE,
  );
  return `${text}\r\n`;
}

/** One CSV line (RFC 4180, CRLF), e.g. for appending rows to a file as they are produced. */
export const csvLine = (values: readonly CsvValue[]): string => csvLines([values]);

/** A whole CSV document with a UTF-8 byte-order mark so spreadsheet programs read accents correctly. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly CsvValue[])[]): string =>
  `\uFEFF${csvLines([header, ...rows])}`;
