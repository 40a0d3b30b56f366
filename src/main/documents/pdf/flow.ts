import type { Block } from '../../../shared/documents/schema';
import { BoundedCache } from './bounded-cache';
import { pdfFastPath } from './fast-path';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { oneLineHeight } from './one-line';
import { COLORS, type PageBox } from './page';

export const BODY_SIZE = 10;
const LINE_GAP = 2.2;
const PARAGRAPH_SPACE = 6;
const BULLET_INDENT = 14;
const MAX_CACHED_HEIGHTS = 1_000;
const MAX_HEIGHTS_PER_TEXT = 8;

/** A text's height in one font, size and width. */
interface Height {
  font: string;
  size: number;
  width: number;
  height: number;
}

/**
 * Heights of text blocks, for the whole process: a template's fixed clauses are measured (to keep
 * headings with what follows) in every document, with the same fonts, sizes and widths. Kept by text,
 * each with its few fonts, sizes and widths, so that a long text is never copied into a key.
 */
const heights = new BoundedCache<string, Height[]>(MAX_CACHED_HEIGHTS);

/** Writes text top to bottom, starting a new page before a block would leave an orphan behind. */
export class Flow {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly box: PageBox,
  ) {}

  get y(): number {
    return this.doc.y;
  }

  remaining(): number {
    return this.box.bottom - this.doc.y;
  }

  /** Starts a new page unless `height` points (at most a page's worth) still fit on this one. */
  ensure(height: number): void {
    const usable = this.box.bottom - this.box.top;
    if (Math.min(height, usable) > this.remaining()) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = this.box.top;
  }

  space(points: number): void {
    if (this.remaining() > points) this.doc.y += points;
  }

  lineHeight(size = BODY_SIZE): number {
    this.doc.font(FONT_REGULAR).fontSize(size);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  textHeight(text: string, width: number, font = FONT_REGULAR, size = BODY_SIZE): number {
    if (pdfFastPath.enabled) {
      // Most texts are one line, measured from the words the drawing uses too.
      this.doc.font(font).fontSize(size);
      const line = oneLineHeight(this.doc, text, width, LINE_GAP);
      if (line !== null) return line;
    }
    let known = heights.get(text);
    const same = known?.find((h) => h.font === font && h.size === size && h.width === width);
    if (same) return same.height;
    this.doc.font(font).fontSize(size);
    const height = this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
    if (!known) {
      known = [];
      heights.set(text, known);
    }
    if (known.length >= MAX_HEIGHTS_PER_TEXT) known.shift();
    known.push({ font, size, width, height });
    return height;
  }

  write(
    text: string,
    options: { font?: string; size?: number; color?: string; x?: number; width?: number } = {},
  ) {
    const { font = FONT_REGULAR, size = BODY_SIZE, color = COLORS.text } = options;
    const x = options.x ?? this.box.left;
    const width = options.width ?? this.box.right - x;
    this.doc.font(font).fontSize(size).fillColor(color);
    this.doc.text(text, x, this.doc.y, { width, lineGap: LINE_GAP });
  }

  /** A heading kept on the same page as `followingHeight` points of what comes after it. */
  heading(text: string, followingHeight: number, size = 12.5): void {
    // A little slack: pdfkit advances by a full line gap after the last line of each block.
    this.ensure(this.headingHeight(text, size) + followingHeight + 6);
    this.write(text, { font: FONT_BOLD, size, color: COLORS.accent });
    this.doc.y += 4;
  }

  headingHeight(text: string, size = 12.5): number {
    return this.textHeight(text, this.box.width, FONT_BOLD, size) + 4;
  }

  /**
   * What must follow a heading on its page: about three lines of the section, so a short lead-in
   * sentence is kept with the first item of the list it introduces.
   */
  leadHeight(blocks: Block[]): number {
    const [first, second] = blocks;
    if (!first) return 0;
    const cap = this.lineHeight() * 3;
    const firstHeight =
      first.type === 'list' ? this.itemHeight(first.items[0] ?? '') : this.blockHeight(first);
    if (firstHeight >= cap || !second) return Math.min(firstHeight, cap);
    const next = second.type === 'list' ? this.itemHeight(second.items[0] ?? '') : this.lineHeight() * 2;
    return firstHeight + PARAGRAPH_SPACE + next;
  }

  itemHeight(text: string): number {
    return this.textHeight(text, this.box.width - BULLET_INDENT) + 3;
  }

  blockHeight(block: Block): number {
    if (block.type === 'paragraph') return this.textHeight(block.text, this.box.width);
    return block.items.reduce((h, item) => h + this.textHeight(item, this.box.width - BULLET_INDENT) + 3, 0);
  }

  paragraph(text: string, options: { font?: string; size?: number; color?: string } = {}): void {
    const height = this.textHeight(text, this.box.width, options.font, options.size);
    // A paragraph may run over a page end, but never leaving a single line at the bottom.
    this.ensure(Math.min(height, this.lineHeight() * 2));
    this.write(text, options);
    this.doc.y += PARAGRAPH_SPACE;
  }

  /** A list item, kept whole on one page when it fits on one. */
  item(marker: string, text: string, markerFont = FONT_REGULAR): void {
    const width = this.box.width - BULLET_INDENT;
    this.ensure(this.textHeight(text, width));
    const top = this.doc.y;
    this.doc.font(markerFont).fontSize(BODY_SIZE).fillColor(COLORS.accent);
    this.doc.text(marker, this.box.left + 2, top, { lineBreak: false });
    this.doc.y = top;
    this.write(text, { x: this.box.left + BULLET_INDENT, width });
    this.doc.y += 3;
  }

  blocks(blocks: Block[]): void {
    blocks.forEach((block, i) => {
      const next = blocks[i + 1];
      if (block.type === 'paragraph') {
        // A short lead-in ("Areas to be treated:") stays with the first item of its list.
        const height = this.textHeight(block.text, this.box.width);
        if (next?.type === 'list' && height <= this.lineHeight() * 2) {
          this.ensure(height + PARAGRAPH_SPACE + this.itemHeight(next.items[0] ?? ''));
        }
        this.paragraph(block.text);
      } else {
        for (const item of block.items) this.item('•', item);
        this.doc.y += PARAGRAPH_SPACE - 3;
      }
    });
  }
}
