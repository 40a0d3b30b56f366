import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentPdf } from '../../src/main/documents/pdf/document-pdf';
import { pdfFastPath } from '../../src/main/documents/pdf/fast-path';
import { FONT_BOLD, FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { oneLineHeight } from '../../src/main/documents/pdf/one-line';
import { pdfInfo, startPdf } from '../../src/main/documents/pdf/start';
import { type RecordPdfSource, renderRecordPdf } from '../../src/main/exports/record-pdf';
import { pdfSources } from '../fixtures/pdf-sources';

// Its own file: the layout caches and the kept logo live as long as the process.

let sources: Awaited<ReturnType<typeof pdfSources>>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-record-fast-path-'));

beforeAll(async () => {
  sources = await pdfSources();
});
afterAll(() => {
  sources.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  pdfFastPath.enabled = true;
});

/** Draws the same document through pdfkit's own paths and through the fast path. */
async function bothWays(draw: () => Promise<Buffer>): Promise<[Buffer, Buffer]> {
  pdfFastPath.enabled = false;
  const expected = await draw();
  pdfFastPath.enabled = true;
  return [expected, await draw()];
}

/** The PDF's text as a reader extracts it (copy, search, screen readers). */
function textOf(pdf: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** Every stream the PDF writer compressed (not the images, whose bytes come from their files). */
function compressedStreams(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  const streams: Buffer[] = [];
  for (const match of text.matchAll(/obj\n<<\n([\s\S]*?)>>\nstream\n/g)) {
    if (!match[1]?.includes('/Filter /FlateDecode') || match[1].includes('/Subtype /Image')) continue;
    const start = (match.index ?? 0) + match[0].length;
    streams.push(pdf.subarray(start, text.indexOf('\nendstream', start)));
  }
  return streams;
}

const TEXTS = [
  'No',
  'Hyaluronic acid 1% · lot HA-2291 (exp. 2027-01-31) · 1 ml',
  'A value long enough that it cannot stay on one line of the value column and has to wrap onto a second one',
  'Two lines\nby a new line',
  'Ends with a new line\n',
  'Trailing spaces   ',
  'Soft\u00adhyphen and anti\u00adseptic',
  'Supercalifragilisticexpialidocious-without-any-break-anywhere-at-all-so-pdfkit-cuts-it',
  '',
  'Αικατερίνη Παπαδοπούλου · Екатерина Смирнова · Nguyễn Thị Ánh',
  'Combining: e\u0301 a\u0308 n\u0303',
];

/** One page after another of texts placed as the record places its lines, down past the page's end. */
async function textsPdf(): Promise<Buffer> {
  const { doc, box, done } = startPdf('A4', pdfInfo('Lines', 'Clinic', new Date('2026-11-28T00:00:00Z')));
  let y = box.top;
  for (let round = 0; round < 12; round++) {
    for (const [i, text] of TEXTS.entries()) {
      const size = [9, 9.5, 10, 8.5][(round + i) % 4] as number;
      doc
        .font(i % 3 ? FONT_REGULAR : FONT_BOLD)
        .fontSize(size)
        .fillColor(i % 2 ? '#5b6575' : '#1d2430');
      const width = [120, 200, 300, box.width][round % 4] as number;
      const align = i % 5 === 4 ? 'right' : undefined;
      doc.text(text, box.left, y, { width, lineGap: 2.2, align });
      // The chrome's way: one line, no break, an ellipsis if it were cut.
      doc.text(text, box.left + 10, y, { width, lineBreak: false, ellipsis: true });
      doc.strokeColor('#b8c0cb').moveTo(box.left, doc.y).lineTo(box.right, doc.y).stroke();
      // Lines land anywhere, the page's bottom margin included (pdfkit starts a new page there).
      y = doc.y > box.bottom - 5 ? box.top : doc.y + 1;
    }
  }
  doc.end();
  return done;
}

describe('one-line texts drawn without pdfkit’s line wrapper', () => {
  it('give the very file pdfkit draws, whatever the text, width, size, alignment or page position', async () => {
    const [expected, fast] = await bothWays(textsPdf);
    expect(fast.equals(expected)).toBe(true);
    // Twice: the second time from the process-wide caches.
    expect((await textsPdf()).equals(expected)).toBe(true);
    expect((expected.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(2);
  });

  it('measure one line as high as pdfkit does, and leave anything longer to pdfkit', () => {
    const { doc, box } = startPdf('A4', pdfInfo('Heights', 'Clinic', new Date('2026-11-28T00:00:00Z')));
    let measured = 0;
    for (const text of TEXTS) {
      for (const width of [120, box.width]) {
        doc.font(FONT_REGULAR).fontSize(9.5);
        doc.y = 100 + measured;
        const height = oneLineHeight(doc, text, width, 2.2);
        const lines = doc.heightOfString(text, { width, lineGap: 2.2 }) / (doc.currentLineHeight(true) + 2.2);
        if (height === null) expect(lines === 1 && text !== '' && !/[\n\u00ad]/.test(text)).toBe(false);
        else {
          expect(height).toBe(doc.heightOfString(text, { width, lineGap: 2.2 }));
          measured += 1;
        }
      }
    }
    expect(measured).toBeGreaterThan(4);
    doc.end();
  });
});

/** A record whose patient has another name: other glyphs, in the header of every page. */
const renamed = (source: RecordPdfSource, firstName: string, lastName: string): RecordPdfSource => ({
  ...source,
  patient: { ...source.patient, firstName, lastName },
});

describe('record PDFs drawn one after another in one process', () => {
  it('each show every character of their own patient and nothing of the one before', async () => {
    const names: [string, string][] = [
      ['Αικατερίνη', 'Παπαδοπούλου'],
      ['Thị Ánh', 'Nguyễn'],
      ['Екатерина', 'Смирнова'],
      ['Zsófia', 'Žáková'],
    ];
    const first: Buffer[] = [];
    for (const [firstName, lastName] of names) {
      first.push(await renderRecordPdf(renamed(sources.patientRecord, firstName, lastName)));
    }
    for (const [i, [firstName, lastName]] of names.entries()) {
      const text = textOf(first[i] as Buffer, `record-${i}`);
      expect(text).toContain(`${firstName} ${lastName}`);
      for (const [j, [otherFirst, otherLast]] of names.entries()) {
        if (j === i) continue;
        expect(text).not.toContain(otherLast);
        expect(text).not.toContain(otherFirst);
      }
    }
    // In another order, each record is the same file again.
    for (const [i, [firstName, lastName]] of [...names.entries()].reverse()) {
      const again = await renderRecordPdf(renamed(sources.patientRecord, firstName, lastName));
      expect(again.equals(first[i] as Buffer)).toBe(true);
    }
  });

  it('compress their streams at level 2; a consent form keeps zlib’s default', async () => {
    const record = compressedStreams(await renderRecordPdf(sources.patientRecord));
    const consent = compressedStreams(await renderDocumentPdf({ ...sources.record, logo: sources.logo }));
    expect(record.length).toBeGreaterThan(4);
    expect(consent.length).toBeGreaterThan(4);
    for (const stream of record)
      expect(zlib.deflateSync(zlib.inflateSync(stream), { level: 2 })).toEqual(stream);
    for (const stream of consent) expect(zlib.deflateSync(zlib.inflateSync(stream))).toEqual(stream);
  });
});

/** An RGBA logo (a transparent background), as clinics' logos often are. */
const rgbaLogo = (background: string) =>
  sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><circle cx="50" cy="50" r="40" fill="${background}"/><rect x="110" y="30" width="170" height="40" fill="#0f6b63" opacity="0.6"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer();

describe('an RGBA logo decoded once for the process', () => {
  it('is embedded as pdfkit embeds it, and a new logo replaces the kept one', async () => {
    const logos = [await rgbaLogo('#c9a27e'), await rgbaLogo('#3b5bdb')];
    expect(logos[0]?.[25]).toBe(6); // colour type: RGBA
    const withLogo = (logo: Buffer) => () => renderRecordPdf({ ...sources.patientRecord, logo });
    for (const logo of logos) {
      const [expected, fast] = await bothWays(withLogo(logo));
      expect(fast.equals(expected)).toBe(true);
      expect((await withLogo(logo)()).equals(expected)).toBe(true);
    }
    // Back to the first logo: its own pixels, not the second one's.
    const [expected, fast] = await bothWays(withLogo(logos[0] as Buffer));
    expect(fast.equals(expected)).toBe(true);
  });
});
