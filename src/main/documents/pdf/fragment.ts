import { BoundedCache, keptFor } from './bounded-cache';
import { PageBytes, pageBytes } from './page-content';

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset?: number;
  yOffset?: number;
}

/** The parts of pdfkit's EmbeddedFont (one per font and document) that drawing a line touches. */
interface DocumentFont {
  id: string;
  font: object;
  ascender: number;
  scale: number;
  subset?: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layout(text: string): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}

interface Fragmented {
  _font: DocumentFont | null;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  widthOfString(text: string, options: object): number;
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
}

type FragmentOptions = Record<string, unknown> & { width?: number; lineWidth?: number; align?: string };

/**
 * A line's glyph runs as pdfkit's `TJ` operator groups them: a new group after every glyph whose
 * advance differs from its width (kerning), each closed by that difference.
 */
interface LineRuns {
  glyphs: Glyph[];
  runs: { end: number; adjust: string }[];
}

/**
 * Lines kept per font, in bytes of heap (and as much again from before, see BoundedCache): about 400
 * of a record's lines. A line's runs hold a slot per glyph (the glyphs are the font's), a record and
 * an adjustment per run, and the text they are kept under.
 */
const MAX_CACHED_LINE_BYTES = 128 * 1024;
const lineBytes = (text: string, line: LineRuns | null) =>
  64 + 2 * text.length + (line ? 8 * line.glyphs.length + 48 * line.runs.length : 0);

/** Per font (the parsed font every document shares): the runs of each line drawn. */
const linesByFont = new WeakMap<object, BoundedCache<string, LineRuns | null>>();
/** Per font of one document: each glyph's number in that document's subset. */
const idsByDocumentFont = new WeakMap<DocumentFont, Map<number, number>>();
/** Per font of one document: the `TJ` operator of each line drawn (lines repeat: "No", "Nappage"). */
const showByDocumentFont = new WeakMap<DocumentFont, Map<LineRuns, number>>();

// The caches' makers, made once: a function written at each call is made again on every line.
const newLines = () => new BoundedCache<string, LineRuns | null>(MAX_CACHED_LINE_BYTES, lineBytes);
const newIds = () => new Map<number, number>();
const newSelections = () => new Map<number, Buffer>();
const newShown = () => new Map<LineRuns, number>();

/** pdfkit's number formatting in content streams (PDFObject.number), which it does not export. */
export const pdfNumber = (n: number) => `${Math.round(n * 1e6) / 1e6}`;

/** Null when a glyph is moved off the line (combining marks): pdfkit's own path draws those. */
function lineRuns(font: DocumentFont, text: string): LineRuns | null {
  const { glyphs, positions } = font.layout(text);
  const runs: LineRuns['runs'] = [];
  let last = 0;
  const close = (end: number) => {
    const at = positions[end - 1] as Position;
    runs.push({ end, adjust: pdfNumber(-(at.xAdvance - at.advanceWidth)) });
    last = end;
  };
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i] as Position;
    if (pos.xOffset || pos.yOffset) return null;
    if (pos.xAdvance - pos.advanceWidth !== 0) close(i + 1);
  }
  if (last < positions.length) close(positions.length);
  return { glyphs, runs };
}

function cachedLineRuns(font: DocumentFont, text: string): LineRuns | null {
  const lines = keptFor(linesByFont, font.font, newLines);
  let runs = lines.get(text);
  if (runs === undefined) {
    runs = lineRuns(font, text);
    lines.set(text, runs);
  }
  return runs;
}

/**
 * Each glyph's number in this document's font subset. The first use of a glyph adds it to the subset
 * and records its width and characters, exactly as pdfkit's `encode` does for every glyph.
 */
function subsetIds(font: DocumentFont, glyphs: Glyph[]): number[] {
  const ids = keptFor(idsByDocumentFont, font, newIds);
  const subset = font.subset as NonNullable<DocumentFont['subset']>;
  return glyphs.map((glyph) => {
    let gid = ids.get(glyph.id);
    if (gid === undefined) {
      gid = subset.includeGlyph(glyph.id);
      ids.set(glyph.id, gid);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      font.unicode[gid] ??= glyph.codePoints;
    }
    return gid;
  });
}

/** Options under which pdfkit draws a plain line: left or right aligned, nothing decorated or spaced. */
const PLAIN_KEYS = [
  'link',
  'goTo',
  'destination',
  'underline',
  'strike',
  'oblique',
  'features',
  'baseline',
  'wordSpacing',
  'characterSpacing',
  'stroke',
] as const;

function isPlain(options: FragmentOptions): boolean {
  if (options.align !== undefined && options.align !== 'left' && options.align !== 'right') return false;
  if ((options.horizontalScaling ?? 100) !== 100) return false;
  return PLAIN_KEYS.every((key) => options[key] == null || options[key] === false || options[key] === 0);
}

/**
 * Draws one plain line of text (left or right aligned, nothing decorated or spaced) with the same
 * content-stream bytes as pdfkit's `_fragment`, from runs laid out once per process, straight into
 * the page's bytes. False when the line needs pdfkit's own path (a glyph moved off the line, a font
 * without a subset, a page not kept as bytes).
 */
export function drawPlainLine(
  pdf: PDFKit.PDFDocument,
  raw: string,
  x: number,
  y: number,
  align: string | undefined,
  lineWidth: number | undefined,
): boolean {
  const doc = pdf as unknown as Fragmented;
  const font = doc._font;
  const page = pageBytes(pdf);
  if (!font?.subset || !page) return false;
  const text = raw.includes('\n') ? raw.replace(/\n/g, '') : raw;
  if (text.length === 0) return true;
  const runs = cachedLineRuns(font, text);
  if (!runs) return false;
  if (lineWidth !== undefined && align === 'right') {
    x += lineWidth - doc.widthOfString(text.replace(/\s+$/, ''), {});
  }
  const dy = (font.ascender / 1000) * doc._fontSize;
  const { height } = doc.page;
  const top = height - y - dy;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  // pdfkit's save(), transform(1, 0, 0, -1, 0, height) and restore() around the text object, whose
  // only other effect, on the current matrix, is undone by the restore. Each operator string is
  // written with a newline after it.
  const span = showText(font, runs);
  page.bytes(textObjectStart(height));
  page.number(x);
  page.bytes(SPACE);
  page.number(top);
  page.bytes(SET_MATRIX);
  page.bytes(selectFont(font, doc._fontSize));
  const start = Math.floor(span / SPAN);
  page.copy(operatorsOf(font), start, start + (span % SPAN));
  page.bytes(TEXT_OBJECT_END);
  return true;
}

/** Every plain line of the document is drawn by `drawPlainLine`; anything else by pdfkit. */
export function drawLinesFromCache(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as Fragmented;
  const fragment = target._fragment.bind(target);
  target._fragment = (raw, x, y, options) => {
    const plain =
      isPlain(options) &&
      drawPlainLine(
        doc,
        `${raw}`,
        x,
        y,
        options.align,
        options.width ? (options.lineWidth as number) : undefined,
      );
    if (!plain) fragment(raw, x, y, options);
  };
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const SPACE = latin1(' ');
const SET_MATRIX = latin1(' Tm\n');
const TEXT_OBJECT_END = latin1('ET\nQ\n');

/** What every line's text object starts with on a page of this height, up to its position. */
const textObjectStarts = new Map<number, Buffer>();

function textObjectStart(height: number): Buffer {
  let start = textObjectStarts.get(height);
  if (start === undefined) {
    start = latin1(`q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 `);
    if (textObjectStarts.size >= 16) textObjectStarts.clear();
    textObjectStarts.set(height, start);
  }
  return start;
}

/** Per font of one document: its `Tf` operator at each size. */
const fontSelections = new WeakMap<DocumentFont, Map<number, Buffer>>();

function selectFont(font: DocumentFont, size: number): Buffer {
  const sizes = keptFor(fontSelections, font, newSelections);
  let select = sizes.get(size);
  if (select === undefined) {
    select = latin1(`/${font.id} ${pdfNumber(size)} Tf\n`);
    sizes.set(size, select);
  }
  return select;
}

const HEX = Buffer.from('0123456789abcdef', 'latin1');
const TJ_END = '] TJ\n';
/** Where a line's operator starts in its document's operators, and how long it is, as one number. */
const SPAN = 0x1000000;

/** Per font of one document: the `TJ` operators of its lines, one after another. */
const operatorsByDocumentFont = new WeakMap<DocumentFont, PageBytes>();
const newOperators = () => new PageBytes();

/**
 * The `TJ` operator that shows a line's glyphs in this document's subset, with its kerning: pdfkit's
 * `[<0001000200030004> -26.855469 <0005> 0] TJ`, each glyph as 4 hex digits (its subset number's
 * last four). Written once per document into the font's operators (`start * SPAN + length`): a line
 * drawn again (a label, "No") is copied from there.
 */
function showText(font: DocumentFont, runs: LineRuns): number {
  const operators = operatorsOf(font);
  const shown = keptFor(showByDocumentFont, font, newShown);
  let span = shown.get(runs);
  if (span === undefined) {
    const start = operators.length;
    if (runs.runs.length) {
      const ids = subsetIds(font, runs.glyphs);
      operators.byte(0x5b); // [
      let first = 0;
      runs.runs.forEach(({ end, adjust }, i) => {
        if (i > 0) operators.byte(0x20);
        operators.byte(0x3c); // <
        for (let g = first; g < end; g++) {
          const gid = ids[g] as number;
          for (let shift = 12; shift >= 0; shift -= 4) operators.byte(HEX[(gid >> shift) & 0xf] as number);
        }
        operators.byte(0x3e); // >
        operators.byte(0x20);
        operators.text(adjust);
        first = end;
      });
      operators.text(TJ_END);
    }
    span = start * SPAN + (operators.length - start);
    shown.set(runs, span);
  }
  return span;
}

const operatorsOf = (font: DocumentFont) => keptFor(operatorsByDocumentFont, font, newOperators);
