import Papa from 'papaparse';

export type CsvDelimiter = ',' | ';';

/**
 * Spreadsheets in many European locales save with semicolons: the separator is whichever of the two
 * occurs more often outside quotes on the header line. papaparse's own guess counts cells without
 * regard to quoting errors and reads `Name;"Notes, long"` as comma-separated, so it is not used.
 */
function delimiterOf(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') commas++;
    else if (!quoted && c === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * A CSV file read with papaparse (RFC 4180: quoted cells with "" escapes and line breaks, CRLF, LF or
 * CR line ends, a UTF-8 byte-order mark), comma- or semicolon-separated. Blank lines are dropped.
 * Returns rows of cells and the separator it used.
 */
export function parseCsv(text: string): { rows: string[][]; delimiter: CsvDelimiter } {
  const delimiter = delimiterOf(text);
  const { data } = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  return { rows: data, delimiter };
}
