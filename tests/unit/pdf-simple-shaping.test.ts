import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfFastPath } from '../../src/main/documents/pdf/fast-path';
import { documentFonts, FONT_BOLD, FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { layoutSimpleWord, type Shape, type ShapedFont } from '../../src/main/documents/pdf/simple-shaping';

interface Run {
  glyphs: { id: number; codePoints: number[] }[];
  positions: Record<string, number>[];
  script: string;
  language: unknown;
  direction: string;
  features: Record<string, boolean>;
  advanceWidth: number;
}

/** A document font, the font it wraps (own code points) and fontkit's layout of that one. */
function fontParts(name: string) {
  const font = documentFonts()[name] as unknown as { layout(text: string): Run };
  const own = Object.getPrototypeOf(font) as ShapedFont & { layout(text: string): Run };
  const fontkit = Object.getPrototypeOf(own) as { layout(this: unknown, ...args: unknown[]): Run };
  const shape = ((text: string, script?: string) =>
    fontkit.layout.call(own, text, undefined, script)) as unknown as Shape;
  return { font, own, shape };
}

/** Everything of a run pdfkit or anyone else may read, in order. */
const described = (run: Run) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints]),
  positions: run.positions.map((p) => Object.entries(p)),
  positionClasses: run.positions.map((p) => p.constructor.name),
  script: run.script,
  language: run.language,
  direction: run.direction,
  features: Object.entries(run.features),
  advanceWidth: run.advanceWidth,
  runClass: run.constructor.name,
});

function bothWays(font: { layout(text: string): Run }, text: string) {
  pdfFastPath.enabled = false;
  const fontkit = described(font.layout(text));
  pdfFastPath.enabled = true;
  return { fontkit, fast: described(font.layout(text)) };
}

// Kerned pairs (AV, Ta, LT, Yo), a ligature (fi, fl), soft-dotted i and j before accents, marks,
// default ignorables, a fraction slash, other scripts, digits and the punctuation of dates and e-mails.
const CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' \t-.,@:;/()+·—–%?’"\'',
  ...'éèàçüöäßñÀÁÂÃÄÅǺǻŔăčďěňřšťůžıĳếữơư',
  '\u0301',
  '\u0308',
  '\u00ad',
  '\u200b',
  '\u2044',
  ...'ΑΒαβΩЖжЯ',
];

afterEach(() => {
  pdfFastPath.enabled = true;
});

describe('words shaped without fontkit', () => {
  it('are laid out exactly as fontkit lays them out, whatever the characters', () => {
    for (const name of [FONT_REGULAR, FONT_BOLD]) {
      const { font } = fontParts(name);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 10 }), (chars) => {
          const { fontkit, fast } = bothWays(font, chars.join(''));
          expect(fast).toEqual(fontkit);
        }),
        { numRuns: 3000, seed: 24 },
      );
      for (const word of ['AVATAR ', 'Tallinn', 'LT-Yo', 'P-000385 ', '2003-05-05', 'office', 'ﬁ', '1⁄2']) {
        const { fontkit, fast } = bothWays(font, word);
        expect(fast).toEqual(fontkit);
      }
    }
  });

  it('take the words of a record (numbers, dates, e-mail addresses, kerned names) and leave the rest to fontkit', () => {
    const { own, shape } = fontParts(FONT_REGULAR);
    for (const word of ['P-000385 ', '1952-11-21', 'contact337@example.com', 'AVATAR ', 'Tanya ', 'Ömer ']) {
      expect(layoutSimpleWord(own, shape, word), word).not.toBeNull();
    }
    // A ligature, a mark, a soft hyphen, a fraction, other scripts.
    for (const word of ['office', 'e\u0301', 'anti\u00adseptic', '1\u20442', 'Αικατερίνη', 'Екатерина']) {
      expect(layoutSimpleWord(own, shape, word), word).toBeNull();
    }
  });
});
