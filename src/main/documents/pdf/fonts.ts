import fs from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

const FILES = {
  [FONT_REGULAR]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [FONT_BOLD]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

interface Glyph {
  id: number;
  codePoints: number[];
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: Record<string, number>[];
}

/** A parsed font as pdfkit's registerFont accepts it (anything with a layout method). */
export interface ParsedFont {
  layout(text: string, features?: unknown): GlyphRun;
}

const MAX_CACHED_RUNS = 20_000;

/**
 * Shaping a word is the slowest step of writing a PDF, and pdfkit's own cache lives only as long as
 * one document. This remembers shaped words for the whole process. pdfkit scales the positions it
 * gets in place, so every call hands out fresh copies of them.
 */
/** A copy of a shaped run, with fontkit's advanceWidth (the sum of the advances, as pdfkit scaled them). */
function freshRun(run: GlyphRun): GlyphRun & { readonly advanceWidth: number } {
  const positions = run.positions.map((p) => ({ ...p }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + (p.xAdvance ?? 0), 0);
    },
  };
}

/**
 * fontkit keeps one glyph object per glyph id, remembering the characters of its first use: DejaVu
 * draws Latin A and Greek Alpha with the same glyph, so after "Αικατερίνη" every later "A" would be
 * mapped back to Alpha in the PDF's text layer (copy, search, screen readers), and a document's bytes
 * would depend on what the process rendered before. Where glyphs and characters pair one to one, each
 * glyph gets the characters it was actually drawn for.
 */
function withOwnCodePoints(): (text: string, run: GlyphRun) => GlyphRun {
  const variants = new Map<string, Glyph>();
  return (text, run) => {
    const chars = Array.from(text, (c) => c.codePointAt(0) as number);
    if (chars.length !== run.glyphs.length) return run;
    const glyphs = run.glyphs.map((glyph, i) => {
      const char = chars[i] as number;
      if (glyph.codePoints.length === 1 && glyph.codePoints[0] === char) return glyph;
      const key = `${glyph.id}:${char}`;
      let variant = variants.get(key);
      if (!variant) {
        variant = Object.create(glyph) as Glyph;
        Object.defineProperty(variant, 'codePoints', { value: [char] });
        variants.set(key, variant);
      }
      return variant;
    });
    return { ...run, glyphs };
  };
}

function withSharedLayoutCache(font: ParsedFont): ParsedFont {
  const runs = new Map<string, GlyphRun>();
  const ownCodePoints = withOwnCodePoints();
  const cached: ParsedFont = Object.create(font);
  cached.layout = (text, features) => {
    const key = `${JSON.stringify(features ?? null)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      const shaped = ownCodePoints(text, font.layout.call(cached, text, features));
      run = freshRun(shaped);
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      runs.set(key, run);
    }
    return freshRun(run);
  };
  return cached;
}

let cache: Record<string, ParsedFont> | null = null;

/**
 * The embedded Unicode fonts (Latin, Greek, Cyrillic and Vietnamese), resolved through the module
 * system so the same code finds them in dev, in tests and in a packaged app. They are read and parsed
 * once per process and shared by every document: parsing DejaVu is most of the cost of a small PDF.
 */
export function documentFonts(): Record<string, ParsedFont> {
  if (!cache) {
    // __filename (not import.meta): main is bundled as CommonJS, and tests load it the same way.
    const require = createRequire(__filename);
    // The very fontkit pdfkit itself uses, wherever the package manager put it.
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
      create(data: Uint8Array): ParsedFont;
    };
    cache = Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [
        name,
        withSharedLayoutCache(fontkit.create(fs.readFileSync(require.resolve(file)))),
      ]),
    );
  }
  return cache;
}
