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
  page: { height: number; fonts: Record<string, unknown>; write(chunk: Uint8Array): void };
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

const MAX_CACHED_LINES = 1_000;

/** Per font (the parsed font every document shares): the runs of each line drawn. */
const linesByFont = new WeakMap<object, Map<string, LineRuns | null>>();
/** Per font of one document: each glyph's 4-digit hex code in that document's subset. */
const codesByDocumentFont = new WeakMap<DocumentFont, Map<number, string>>();

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
  let lines = linesByFont.get(font.font);
  if (!lines) {
    lines = new Map();
    linesByFont.set(font.font, lines);
  }
  let runs = lines.get(text);
  if (runs === undefined) {
    runs = lineRuns(font, text);
    if (lines.size >= MAX_CACHED_LINES) lines.clear();
    lines.set(text, runs);
  }
  return runs;
}

/**
 * The hex code of each glyph in this document's font subset. The first use of a glyph adds it to the
 * subset and records its width and characters, exactly as pdfkit's `encode` does for every glyph.
 */
function glyphCodes(font: DocumentFont, glyphs: Glyph[]): string[] {
  let codes = codesByDocumentFont.get(font);
  if (!codes) {
    codes = new Map();
    codesByDocumentFont.set(font, codes);
  }
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
 * Draws one line of text with the same content-stream bytes as pdfkit's `_fragment`, from runs laid
 * out once per process (a template's fixed clauses are drawn in every document). Everything that
 * is not a plain line takes pdfkit's own path.
 */
export function drawLinesFromCache(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as Fragmented;
  const fragment = target._fragment.bind(target);
  target._fragment = function plainFragment(this: Fragmented, raw, x, y, options) {
    const font = this._font;
    const text = `${raw}`.replace(/\n/g, '');
    if (!font?.subset || !isPlain(options)) {
      fragment(raw, x, y, options);
      return;
    }
    if (text.length === 0) return;
    const runs = cachedLineRuns(font, text);
    if (!runs) {
      fragment(raw, x, y, options);
      return;
    }
    if (options.width && options.align === 'right') {
      x += (options.lineWidth as number) - this.widthOfString(text.replace(/\s+$/, ''), options);
    }
    const dy = (font.ascender / 1000) * this._fontSize;
    const { height } = this.page;
    const top = height - y - dy;
    if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref();
    const codes = glyphCodes(font, runs.glyphs);
    // pdfkit's save(), transform(1, 0, 0, -1, 0, height) and restore() around the text object, whose
    // only other effect, on the current matrix, is undone by the restore.
    let ops = `q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(top)} Tm\n/${font.id} ${pdfNumber(this._fontSize)} Tf\n`;
    if (runs.runs.length) {
      let start = 0;
      const groups = runs.runs.map(({ end, adjust }) => {
        const group = `<${codes.slice(start, end).join('')}> ${adjust}`;
        start = end;
        return group;
      });
      ops += `[${groups.join(' ')}] TJ\n`;
    }
    this.page.write(Buffer.from(`${ops}ET\nQ\n`, 'latin1'));
  };
}
