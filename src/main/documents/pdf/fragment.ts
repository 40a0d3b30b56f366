import { BoundedCache, keptFor } from './bounded-cache';

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
  page: { height: number; fonts: Record<string, unknown>; write(chunk: string): void };
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
/** Per font of one document: each glyph's 4-digit hex code in that document's subset. */
const codesByDocumentFont = new WeakMap<DocumentFont, Map<number, string>>();
/** Per font of one document: the `TJ` operator of each line drawn (lines repeat: "No", "Nappage"). */
const showByDocumentFont = new WeakMap<DocumentFont, Map<LineRuns, string>>();

/** pdfkit's number formatting in content streams (PDFObject.number), which it does not export. */
const pdfNumber = (n: number) => `${Math.round(n * 1e6) / 1e6}`;

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
  const lines = keptFor(
    linesByFont,
    font.font,
    () => new BoundedCache<string, LineRuns | null>(MAX_CACHED_LINE_BYTES, lineBytes),
  );
  let runs = lines.get(text);
  if (runs === undefined) {
    runs = lineRuns(font, text);
    lines.set(text, runs);
  }
  return runs;
}

/**
 * The hex code of each glyph in this document's font subset. The first use of a glyph adds it to the
 * subset and records its width and characters, exactly as pdfkit's `encode` does for every glyph.
 */
function glyphCodes(font: DocumentFont, glyphs: Glyph[]): string[] {
  const codes = keptFor(codesByDocumentFont, font, () => new Map<number, string>());
  const subset = font.subset as NonNullable<DocumentFont['subset']>;
  return glyphs.map((glyph) => {
    let code = codes.get(glyph.id);
    if (code === undefined) {
      const gid = subset.includeGlyph(glyph.id);
      code = `0000${gid.toString(16)}`.slice(-4);
      codes.set(glyph.id, code);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      font.unicode[gid] ??= glyph.codePoints;
    }
    return code;
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
 * content-stream bytes as pdfkit's `_fragment`, from runs laid out once per process. False when the
 * line needs pdfkit's own path (a glyph moved off the line, a font without a subset).
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
  if (!font?.subset) return false;
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
  // only other effect, on the current matrix, is undone by the restore. A string is written with a
  // newline after it.
  doc.page.write(
    `${textObjectStart(height)}${pdfNumber(x)} ${pdfNumber(top)} Tm\n${selectFont(font, doc._fontSize)}${showText(font, runs)}ET\nQ`,
  );
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

/** What every line's text object starts with on a page of this height, up to its position. */
const textObjectStarts = new Map<number, string>();

function textObjectStart(height: number): string {
  let start = textObjectStarts.get(height);
  if (start === undefined) {
    start = `q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 `;
    if (textObjectStarts.size >= 16) textObjectStarts.clear();
    textObjectStarts.set(height, start);
  }
  return start;
}

/** Per font of one document: its `Tf` operator at each size. */
const fontSelections = new WeakMap<DocumentFont, Map<number, string>>();

function selectFont(font: DocumentFont, size: number): string {
  const sizes = keptFor(fontSelections, font, () => new Map<number, string>());
  let select = sizes.get(size);
  if (select === undefined) {
    select = `/${font.id} ${pdfNumber(size)} Tf\n`;
    sizes.set(size, select);
  }
  return select;
}

/** The `TJ` operator that shows a line's glyphs in this document's subset, with its kerning. */
function showText(font: DocumentFont, runs: LineRuns): string {
  const shown = keptFor(showByDocumentFont, font, () => new Map<LineRuns, string>());
  let show = shown.get(runs);
  if (show === undefined) {
    show = '';
    if (runs.runs.length) {
      const codes = glyphCodes(font, runs.glyphs);
      let start = 0;
      const groups = runs.runs.map(({ end, adjust }) => {
        const group = `<${codes.slice(start, end).join('')}> ${adjust}`;
        start = end;
        return group;
      });
      show = `[${groups.join(' ')}] TJ\n`;
    }
    shown.set(runs, show);
  }
  return show;
}
