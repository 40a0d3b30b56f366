import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { type PdfSource, renderDocumentPdf } from '../../src/main/documents/pdf/document-pdf';
import { pdfFastPath } from '../../src/main/documents/pdf/fast-path';
import { documentFonts, FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { withSubsetGlyphCache } from '../../src/main/documents/pdf/subset-cache';
import { renderRecordPdf } from '../../src/main/exports/record-pdf';
import { type ComparedPhoto, renderComparisonPdf } from '../../src/main/photos/comparison-pdf';
import { pdfSources } from '../fixtures/pdf-sources';

interface Font {
  glyphsForString(text: string): { id: number }[];
  getGlyph(id: number): { _decode(): { numberOfContours: number } | null };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

const require = createRequire(__filename);
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): Font };
const freshFont = () =>
  fontkit.create(fs.readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

// Latin with accents (DejaVu builds many of them from parts), Greek, Cyrillic, Vietnamese.
const TEXT = 'Consent ÀÁÂÃÄÅ ǺǻŔăčďěňřšťůž Αικατερίνη Παπαδοπούλου Екатерина Nguyễn Thị Ánh ☑☐•';

function subsetBytes(font: Font, text: string): Buffer {
  const subset = font.createSubset();
  for (const glyph of font.glyphsForString(text)) subset.includeGlyph(glyph.id);
  return Buffer.from(subset.encode());
}

describe('the PDF fast path', () => {
  it('embeds font subsets with the same bytes as fontkit builds them, compound glyphs included', () => {
    const plain = freshFont();
    const compound = plain
      .glyphsForString(TEXT)
      .filter((g) => (plain.getGlyph(g.id)._decode()?.numberOfContours ?? 0) < 0);
    expect(compound.length).toBeGreaterThan(0);

    const cached = withSubsetGlyphCache(freshFont());
    const expected = subsetBytes(plain, TEXT);
    // Twice: the second subset is built from the remembered glyphs.
    expect(subsetBytes(cached, TEXT)).toEqual(expected);
    expect(subsetBytes(cached, TEXT)).toEqual(expected);
    // Another order of the same glyphs renumbers compound parts differently, still like fontkit.
    const reversed = Array.from(TEXT).reverse().join('');
    expect(subsetBytes(cached, reversed)).toEqual(subsetBytes(freshFont(), reversed));
  });

  it('the fonts every document registers build their subsets through the cache', () => {
    const font = documentFonts()[FONT_REGULAR] as unknown as Font;
    expect(subsetBytes(font, TEXT)).toEqual(subsetBytes(freshFont(), TEXT));
  });
});

/** An RGBA PNG whose rows use each of the five row filters in turn, over arbitrary bytes. */
function pngWithEveryFilter(width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = y % 5;
    for (let x = 0; x < stride; x++) raw[y * (stride + 1) + 1 + x] = (x * 7 + y * 13 + (x >> 3)) & 0xff;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(12 + data.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('documents drawn through the process-wide caches', () => {
  afterEach(() => {
    pdfFastPath.enabled = true;
  });

  it('are the very files pdfkit draws without them, whatever was drawn before', async () => {
    const { record, logo, patientRecord, close } = await pdfSources();
    const jpeg = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#c9a27e' } })
      .jpeg()
      .toBuffer();
    const side = (moment: string, session: ComparedPhoto['session']): ComparedPhoto => ({
      photo: { moment, view: 'front', takenAt: '2026-03-02T10:00:00.000Z', width: 60, height: 80 } as never,
      jpeg,
      session,
    });
    try {
      const consent: PdfSource = { ...record, logo };
      const renamed = (name: string, paperSize: 'A4' | 'LETTER'): PdfSource => ({
        ...consent,
        snapshot: { ...consent.snapshot, paperSize, patient: { ...consent.snapshot.patient, name } },
      });
      // Other widths (Letter), other glyphs first used at other places (Vietnamese, Cyrillic).
      const draws = [
        () => renderDocumentPdf(consent),
        () => renderDocumentPdf(renamed('Nguyễn Thị Ánh', 'LETTER')),
        () => renderDocumentPdf(renamed('Екатерина Смирнова', 'A4')),
        () => renderRecordPdf(patientRecord),
        () => renderRecordPdf({ ...patientRecord, paperSize: 'LETTER' }),
        () =>
          renderComparisonPdf({
            ...patientRecord,
            sides: [side('before', { n: 1, of: 6 }), side('after', null)],
          }),
      ];
      pdfFastPath.enabled = false;
      const expected: Buffer[] = [];
      for (const draw of draws) expected.push(await draw());
      pdfFastPath.enabled = true;
      for (let round = 0; round < 2; round++) {
        for (const [i, draw] of [...draws.entries()].reverse()) {
          expect((await draw()).equals(expected[i] as Buffer)).toBe(true);
        }
      }
      // The record runs over several pages (a paragraph or a list may be cut by a page end).
      expect((expected[3]?.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(2);
    } finally {
      close();
    }
  });

  it('embed an RGBA signature (as the pad draws it) exactly as pdfkit does, and always the same way', async () => {
    const { record, logo, close } = await pdfSources();
    // A stroke on white, written with every PNG row filter (sub, up, average, Paeth) and an alpha channel.
    const stroke = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1040" height="340"><path d="M60 250 C 200 40, 380 330, 520 160 S 860 60, 980 220" stroke="#10243e" stroke-width="6" fill="none"/></svg>',
    );
    const png = await sharp({
      create: { width: 1040, height: 340, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 1 } },
    })
      .composite([{ input: stroke }])
      .png({ adaptiveFiltering: true })
      .toBuffer();
    expect(png[25]).toBe(6); // colour type: RGBA
    const padDrawn = `data:image/png;base64,${png.toString('base64')}`;
    const signedWith = (count: number, image = padDrawn): PdfSource => ({
      ...record,
      logo,
      signatures: record.signatures.map((s, i) => (i < count ? { ...s, imagePng: image } : s)),
    });
    const everyFilter = `data:image/png;base64,${pngWithEveryFilter(300, 40).toString('base64')}`;
    try {
      for (const image of [padDrawn, everyFilter]) {
        pdfFastPath.enabled = false;
        const expected = await renderDocumentPdf(signedWith(1, image));
        pdfFastPath.enabled = true;
        expect((await renderDocumentPdf(signedWith(1, image))).equals(expected)).toBe(true);
      }
      // With two, pdfkit finishes each image when its asynchronous inflate returns, in either order;
      // the fast path always finishes them in the order they were drawn.
      const first = await renderDocumentPdf(signedWith(2));
      for (let i = 0; i < 3; i++) expect((await renderDocumentPdf(signedWith(2))).equals(first)).toBe(true);
    } finally {
      close();
    }
  });
});
