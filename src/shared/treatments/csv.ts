/**
 * CSV as spreadsheets read it (RFC 4180): fields with a comma, quote or line break are quoted and
 * quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at
 * the start) is prefixed with an apostrophe, so an exported file cannot execute anything.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows, CRLF line endings, with a byte-order mark so Excel reads UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
