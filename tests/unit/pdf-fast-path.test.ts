import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { documentFonts, FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { withSubsetGlyphCache } from '../../src/main/documents/pdf/subset-cache';

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
