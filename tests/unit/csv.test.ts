import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLine } from '../../src/main/exports/csv';
import { parseCsv } from '../../src/shared/imports/csv';

describe('CSV writer and reader', () => {
  it('round-trips any text: quotes, commas, semicolons, line breaks and accents', () => {
    const cell = fc
      .string({ unit: 'grapheme', maxLength: 20 })
      .filter((s) => !/^[=@+\-\t\r]/.test(s) && s.trim() === s);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]?.length ?? 0;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
          const header = Array.from({ length: width }, (_, i) => `col${i}`);
          const parsed = parseCsv(csvDocument(header, table)).rows;
          const nonEmpty = table.filter((r) => r.some((v) => v.trim() !== ''));
          expect(parsed).toEqual([header, ...nonEmpty]);
        },
      ),
      { seed: 20261121, numRuns: 300 },
    );
  });

  it('guards cells a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
    expect(csvLine(['=HYPERLINK("x")', '@SUM(A1)', '+44 20 7946 0000', '-12', '-cmd'])).toBe(
      `"'=HYPERLINK(""x"")",'@SUM(A1),+44 20 7946 0000,-12,'-cmd\r\n`,
    );
  });

  it('reads semicolon files (European spreadsheets), a byte-order mark and bare LF line ends', () => {
    expect(parseCsv('\uFEFFName;City\n"Müller; Anna";Köln\n\nDoe;"Line\nbreak"').rows).toEqual([
      ['Name', 'City'],
      ['Müller; Anna', 'Köln'],
      ['Doe', 'Line\nbreak'],
    ]);
    expect(parseCsv('a,b\r\n1,2').delimiter).toBe(',');
  });
});
