import fs from 'node:fs';
import { createRequire } from 'node:module';
import { BoundedCache, keptFor } from './bounded-cache';
import { pdfFastPath } from './fast-path';
import { layoutSimpleWord, type Shape, type ShapedFont } from './simple-shaping';
import { withSubsetGlyphCache } from './subset-cache';

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
  advanceWidth: number;
}

/** fontkit's glyph lookup, which keeps the first glyph object made for each id. */
interface GlyphSource {
  _glyphs: Record<number, Glyph>;
  getGlyph(this: unknown, id: number, characters?: number[]): Glyph;
}

/** A parsed font as pdfkit's registerFont accepts it (anything with a layout method). */
export interface ParsedFont {
  layout(text: string, features?: unknown, script?: string): GlyphRun;
}

/** What pdfkit makes of a registered font in one document (its EmbeddedFont), as far as we use it. */
export interface EmbeddedFont {
  font: ParsedFont;
  layoutRun(text: string): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): GlyphRun;
}

/**
 * What the shape caches may hold per font and generation (see BoundedCache), in bytes of heap as
 * `runBytes` estimates them: about a thousand words and two hundred lines of a record, as when they
 * were bounded by entries, but a long text now counts for its length. Every export worker holds them.
 */
const MAX_CACHED_WORD_BYTES = 512 * 1024;
const MAX_CACHED_LINE_BYTES = 256 * 1024;
/**
 * A cached run's heap, measured in an export worker's heap snapshot: the run with its features and
 * its two arrays, then a slot in each array per glyph (the glyphs and, see sharedPositions, their
 * positions are shared with other runs), and the text it is kept under.
 */
const RUN_BYTES = 320;
const RUN_BYTES_PER_GLYPH = 16;
const runBytes = (text: string, run: GlyphRun) =>
  RUN_BYTES + RUN_BYTES_PER_GLYPH * run.glyphs.length + 2 * text.length;

/**
 * fontkit keeps one glyph object per glyph id, remembering the characters of its first use: DejaVu
 * draws Latin A and Greek Alpha with the same glyph, so after "Αικατερίνη" every later "A" would be
 * mapped back to Alpha in the PDF's text layer (copy, search, screen readers), and a document's bytes
 * would depend on what the process rendered before. Where glyphs and characters pair one to one, each
 * glyph gets the characters it was actually drawn for.
 */
function withOwnCodePoints(font: ParsedFont): ParsedFont {
  const variants = new Map<string, Glyph>();
  const own: ParsedFont = Object.create(font);
  const internal = font as unknown as GlyphSource;
  // A glyph asked for by id alone (a compound glyph's part, a subset copying its outline: "Ž" needs
  // "Z") is not remembered, or its empty characters would stick: a later word where the glyph count
  // differs from the characters ("Zsófia" draws "fi" as one glyph) would lose "Z" from the text layer,
  // depending on what the process drew before. Such glyphs are kept apart instead: every document
  // asks for glyph 0 by id (its width), and decoding its outline again each time cost 2 %.
  const byIdAlone = new Map<number, Glyph>();
  (own as unknown as GlyphSource).getGlyph = function getGlyph(id, characters = []) {
    const known = id in internal._glyphs;
    if (known || characters.length) return internal.getGlyph.call(this, id, characters);
    let glyph = byIdAlone.get(id);
    if (!glyph) {
      glyph = internal.getGlyph.call(this, id, characters);
      delete internal._glyphs[id];
      byIdAlone.set(id, glyph);
    }
    return glyph;
  };
  const shape = ((text: string, script?: string) =>
    font.layout.call(own, text, undefined, script)) as never as Shape;
  own.layout = (text, features) => {
    const simple =
      features === undefined && pdfFastPath.enabled
        ? (layoutSimpleWord(own as never as ShapedFont, shape, text) as never as GlyphRun | null)
        : null;
    const run = simple ?? font.layout.call(own, text, features);
    const chars = Array.from(text, (c) => c.codePointAt(0) as number);
    if (chars.length !== run.glyphs.length) return run;
    run.glyphs = run.glyphs.map((glyph, i) => {
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
    return run;
  };
  return own;
}

type RunCache = BoundedCache<string, GlyphRun>;

/** The shaped words of each font, shared by every document of the process. */
const shapedWords = new WeakMap<ParsedFont, RunCache>();
/** Whole strings (a line, a word being measured) laid out with each font, for every document. */
const laidOutLines = new WeakMap<ParsedFont, RunCache>();

const cacheOf = (store: WeakMap<ParsedFont, RunCache>, font: ParsedFont, bytes: number): RunCache =>
  keptFor(store, font, () => new BoundedCache(bytes, runBytes));

type Position = GlyphRun['positions'][number];
/** Glyph positions of each font by their values, kept as long as the process (see sharedPositions). */
const positionsByFont = new WeakMap<ParsedFont, Map<string, Position>>();
/** Distinct positions kept per font before starting again (a few hundred in a clinic's records). */
const MAX_SHARED_POSITIONS = 4_096;

/**
 * A shaped run's positions, each replaced by an equal one already kept: most of a cached word's heap
 * was its positions (an object of five boxed numbers per glyph), the same few values over and over.
 * Safe because pdfkit scales a run's positions once, in layoutRun, and only reads them afterwards
 * (it copies one before adding word spacing), as the cache itself relies on.
 */
function sharedPositions(font: ParsedFont, run: GlyphRun): void {
  const known = keptFor(positionsByFont, font, () => new Map<string, Position>());
  if (known.size > MAX_SHARED_POSITIONS) known.clear();
  run.positions = run.positions.map((position) => {
    let key = '';
    for (const name in position) key += `${position[name]},`;
    const same = known.get(key);
    if (same) return same;
    known.set(key, position);
    return position;
  });
}

/**
 * Shaping a word is the slowest step of laying out text, and pdfkit remembers shaped words only for
 * one document. This points the document's font at a cache that lives as long as the process.
 * pdfkit shapes word by word (text split after each space) and never changes a shaped run once
 * scaled, which is what lets its own per-document cache hand out the same run every time: this one
 * relies on exactly that, for more documents.
 */
export function shareShapedWords(embedded: EmbeddedFont): void {
  const cache = cacheOf(shapedWords, embedded.font, MAX_CACHED_WORD_BYTES);
  embedded.layoutCached = (text) => {
    let run = cache.get(text);
    if (!run) {
      run = embedded.layoutRun(text);
      // fontkit sums the advances on every read; a cached run's width never changes.
      Object.defineProperty(run, 'advanceWidth', { value: run.advanceWidth });
      sharedPositions(embedded.font, run);
      cache.set(text, run);
    }
    return run;
  };
  shareLaidOutLines(embedded);
}

/**
 * pdfkit lays a string out word by word and concatenates the words' glyphs, again for every line it
 * draws. The result depends only on the font and the string (no features are used), and pdfkit only
 * reads it, so a line laid out once serves every later document. A width alone (a piece of text being
 * measured, most of them once) is the sum of its words' shaped runs: nothing is concatenated or kept.
 */
function shareLaidOutLines(embedded: EmbeddedFont): void {
  const lines = cacheOf(laidOutLines, embedded.font, MAX_CACHED_LINE_BYTES);
  const layout = embedded.layout.bind(embedded);
  embedded.layout = (text, features, onlyWidth) => {
    if (features) return layout(text, features, onlyWidth);
    let run = lines.get(text);
    if (!run) {
      if (onlyWidth) return layout(text, undefined, true);
      run = layoutByWords(embedded, text);
      lines.set(text, run);
    }
    return run;
  };
}

/**
 * pdfkit's EmbeddedFont.layout without features: the text's words (each with the space or tab after
 * it) laid out one by one and joined, the advances added up in the same order. pdfkit joins them by
 * copying the glyphs so far for every word; this copies each once.
 */
function layoutByWords(embedded: EmbeddedFont, text: string): GlyphRun {
  const glyphs: GlyphRun['glyphs'] = [];
  const positions: GlyphRun['positions'] = [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char !== 0x20 && char !== 0x09 && index < text.length - 1) continue;
    const run = embedded.layoutCached(text.slice(last, index + 1));
    // Plain loops: flatMap over the runs cost as much as laying the line out from its words.
    for (const glyph of run.glyphs) glyphs.push(glyph);
    for (const position of run.positions) positions.push(position);
    advanceWidth += run.advanceWidth;
    last = index + 1;
  }
  return { glyphs, positions, advanceWidth };
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
        withSubsetGlyphCache(withOwnCodePoints(fontkit.create(fs.readFileSync(require.resolve(file))))),
      ]),
    );
  }
  return cache;
}
