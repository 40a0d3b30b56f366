import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lotRecallCsv } from '../../src/main/catalog/recall-csv';
import { csvDocument, csvLine } from '../../src/main/exports/csv';
import { parseCsv } from '../../src/shared/imports/csv';
import type { LotRecallRow } from '../../src/shared/treatments/schema';

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

  it('quotes and escapes exactly as papaparse does, whitespace at either end quoted too', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom('a', ' ', '"', ',', '\r', '\n', '\uFEFF', '\t', '\u00a0', ';'),
        maxLength: 8,
      }),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (row) => {
        const safe = row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `x${c}` : c));
        const papa = Papa.unparse([safe], {
          newline: '\r\n',
          quotes: (v: unknown) => typeof v === 'string' && v !== v.trim(),
          escapeFormulae: false,
        });
        expect(csvLine(safe)).toBe(`${papa}\r\n`);
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });

  it('quotes a cell with surrounding whitespace of any kind, so no reader trims it', () => {
    expect(csvLine([' a', 'b\u00a0', 'c\td', 'e\t'])).toBe('" a","b\u00a0",c\td,"e\t"\r\n');
  });

  it('guards cells a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
    expect(csvLine(['=HYPERLINK("x")', '@SUM(A1)', '+44 20 7946 0000', '-12', '-cmd'])).toBe(
      `"'=HYPERLINK(""x"")",'@SUM(A1),+44 20 7946 0000,-12,'-cmd\r\n`,
    );
  });

  it('guards formulas that start like numbers: -2+3+cmd, +1+HYPERLINK, -1-SUM', () => {
    const attacks = [
      "-2+3+cmd|' /C calc'!A0",
      '+1+HYPERLINK("http://evil.example","x")',
      '-1-SUM(A1:A9)',
      '+44 20 7946 0000+cmd',
      '-0.5*A1',
      '\t=1+1',
      '\r=1+1',
    ];
    for (const attack of attacks) {
      expect(parseCsv(csvDocument(['c'], [[attack]])).rows[1]?.[0]).toBe(`'${attack}`);
    }
  });

  it('never lets a generated formula through, and leaves plain numbers and phone numbers as they are', () => {
    const token = fc.oneof(
      fc.constantFrom('SUM(', 'HYPERLINK(', 'cmd|', "' /C calc'!", 'A0', 'A1:B2', ')', '"x"', ',', ';'),
      fc.constantFrom('+', '-', '*', '/', '^', '&', '=', '@', ' ', '.', '%', '!', '|'),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.string({ maxLength: 4 }),
    );
    const formula = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.array(token, { minLength: 1, maxLength: 8 }))
      .map(([start, rest]) => start + rest.join(''))
      .filter((s) => !/^[+-]?\d+(\.\d+)?$/.test(s) && !/^\+\d[\d ]{5,19}$/.test(s));
    fc.assert(
      fc.property(formula, (text) => {
        const raw = csvLine([text]);
        // Whether quoted or not, the cell a spreadsheet sees begins with the apostrophe.
        expect(raw.startsWith("'") || raw.startsWith(`"'`)).toBe(true);
        expect(parseCsv(csvDocument(['c'], [[text]])).rows[1]?.[0]).toBe(`'${text}`);
      }),
      { seed: 20261127, numRuns: 2000 },
    );
    const digits = (min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
    const plainNumber = fc
      .tuple(fc.constantFrom('', '+', '-'), digits(1, 12), fc.option(digits(1, 6)))
      .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}`);
    const phone = fc
      .tuple(
        digits(1, 1),
        fc.array(fc.constantFrom('0', '1', '5', '9', ' '), { minLength: 4, maxLength: 18 }),
        digits(1, 1),
      )
      .map(([first, middle, last]) => `+${first}${middle.join('')}${last}`);
    fc.assert(
      fc.property(fc.oneof(plainNumber, phone), (text) => {
        expect(csvLine([text])).toBe(`${text}\r\n`);
      }),
      { seed: 20261127, numRuns: 1000 },
    );
  });

  it('guards the lot recall spreadsheet too', () => {
    const row: LotRecallRow = {
      lotId: 1,
      patientId: 1,
      sessionId: 1,
      lotNumber: 'L1',
      productName: '=cmd|x',
      expiryDate: '2027-01-01',
      patientNumber: 'P-000001',
      patientName: "-2+3+cmd|' /C calc'!A0",
      phone: '+44 20 7946 0000',
      email: '+1+HYPERLINK("x")',
      address: '@SUM(A1)',
      sessionDate: '2026-11-01',
      sessionStatus: 'signed',
      zone: 'face',
      volumeMl: 1.5,
    };
    const { csv } = lotRecallCsv('L1', [row], '2026-11-27');
    const cells = parseCsv(csv).rows[1] ?? [];
    expect(cells.slice(1, 8)).toEqual([
      "'=cmd|x",
      '2027-01-01',
      'P-000001',
      "'-2+3+cmd|' /C calc'!A0",
      '+44 20 7946 0000',
      `'+1+HYPERLINK("x")`,
      "'@SUM(A1)",
    ]);
  });

  it('reads semicolon files (European spreadsheets), a byte-order mark and bare LF line ends', () => {
    expect(parseCsv('\uFEFFName;City\n"Müller; Anna";Köln\n\nDoe;"Line\nbreak"').rows).toEqual([
      ['Name', 'City'],
      ['Müller; Anna', 'Köln'],
      ['Doe', 'Line\nbreak'],
    ]);
    expect(parseCsv('a,b\r\n1,2').delimiter).toBe(',');
    expect(parseCsv('Name;"Notes, long"\nAnna;"Hi, there"').rows).toEqual([
      ['Name', 'Notes, long'],
      ['Anna', 'Hi, there'],
    ]);
  });
});
