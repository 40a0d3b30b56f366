import { drawPlainLine } from './fragment';
import { type MeasuredWords, measuredWords } from './wrap-cache';

type TextOptions = Record<string, unknown> & { width?: number; lineGap?: number; align?: string };

/** The parts of pdfkit's document that placing one line of text reads and moves. */
interface TextDocument {
  x: number;
  y: number;
  _font: { font: object; lineHeight(size: number, includeGap?: boolean): number } | null;
  _fontSize: number;
  _lineGap: number;
  _wrapper: unknown;
  _textOptions: unknown;
  page: { maxY(): number };
  text(text: unknown, x?: unknown, y?: unknown, options?: unknown): unknown;
  _fragment(text: string, x: number, y: number, options: TextOptions): void;
}

/** Options under which pdfkit's line wrapper does nothing but place the text's words on one line. */
const SIMPLE_KEYS = new Set(['width', 'lineGap', 'align', 'lineBreak', 'ellipsis']);

function isSimple(options: TextOptions): boolean {
  if (!(typeof options.width === 'number' && options.width > 0)) return false;
  if (options.align !== undefined && options.align !== 'left' && options.align !== 'right') return false;
  for (const key in options) if (!SIMPLE_KEYS.has(key) && options[key] !== undefined) return false;
  return true;
}

/**
 * The width of the text's words added up as pdfkit's line wrapper fills a line (word by word, taking
 * each from the space left), or null when they do not all fit on one line of `width` or a break is
 * required (a new line in the text), so that pdfkit would wrap the text.
 */
function oneLineWidth(cut: MeasuredWords, width: number): number | null {
  if (cut.words.length === 0 || cut.widest > width) return null;
  let spaceLeft = width;
  let textWidth = 0;
  for (const { word, width: w, bk } of cut.words) {
    // A soft hyphen at a word's end is measured with the hyphen it may become: pdfkit's path.
    if (bk.required || w > spaceLeft || word.endsWith('\u00ad')) return null;
    textWidth += w;
    spaceLeft -= w;
  }
  return textWidth;
}

/** The height pdfkit's `heightOfString` gives a text that fits on one line, at the document's `y`. */
export function oneLineHeight(
  pdf: PDFKit.PDFDocument,
  text: string,
  width: number,
  lineGap: number,
): number | null {
  const doc = pdf as unknown as TextDocument;
  const font = doc._font;
  const cut = font ? measuredWords(doc as never, text) : null;
  if (!font || !cut || oneLineWidth(cut, width) === null) return null;
  const { y } = doc;
  return y + (font.lineHeight(doc._fontSize, true) + (lineGap || doc._lineGap || 0)) - y;
}

/**
 * Most texts of a record are one short line: a label, a value, a date. For those, pdfkit builds a
 * line wrapper with its events, fills one line and draws it; this draws the line directly, with the
 * same operators and the same position after it (what pdfkit's `_text`, `LineWrapper.wrap` and
 * `_line` do for one line that fits above the page's bottom margin). Anything else (several lines, a
 * page break, other options, a continued text) takes pdfkit's own path.
 */
export function drawOneLineTexts(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as TextDocument;
  const text = doc.text.bind(doc);
  doc.text = function oneLineText(this: TextDocument, value, x, y, options) {
    if (
      typeof value !== 'string' ||
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      typeof options !== 'object' ||
      options === null ||
      this._wrapper ||
      this._textOptions ||
      !this._font ||
      !isSimple(options as TextOptions)
    ) {
      return text(value, x, y, options);
    }
    const opts = options as TextOptions;
    const width = opts.width as number;
    const cut = measuredWords(this as never, value);
    const textWidth = cut ? oneLineWidth(cut, width) : null;
    const lineHeight = this._font.lineHeight(this._fontSize, true);
    // A line reaching into the bottom margin makes pdfkit start a new page first (a margin of error
    // for its single-precision limit).
    if (textWidth === null || y + lineHeight > this.page.maxY() - 0.01) return text(value, x, y, options);
    this.x = x;
    this.y = y;
    if (!drawPlainLine(pdf, value, x, y, opts.align, width)) {
      // The options as pdfkit hands them to `_fragment` for the line (no word spacing: no added width).
      this._fragment(value, x, y, {
        ...opts,
        columns: 0,
        columnGap: 18,
        rotation: 0,
        textWidth,
        wordCount: (cut as MeasuredWords).words.length,
        lineWidth: width,
      });
    }
    this.y += lineHeight + (opts.lineGap || this._lineGap || 0);
    return this;
  } as TextDocument['text'];
}
