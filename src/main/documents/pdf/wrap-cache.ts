import { createRequire } from 'node:module';
import { BoundedCache, keptFor } from './bounded-cache';
import { pdfFastPath } from './fast-path';

export interface Break {
  position: number;
  required: boolean;
}

type OnWord = (word: string, width: number, bk: Break, last: Break | null) => unknown;

/** The parts of pdfkit's LineWrapper that splitting a text into measured words reads. */
interface LineWrapper {
  document: { _font: { font: object } | null; _fontSize: number };
  characterSpacing: number;
  wordSpacing: number;
  horizontalScaling: number;
  features?: unknown;
  lineWidth: number;
  indent: number;
  continuedX: number;
  wordWidth(word: string): number;
  eachWord(text: string, onWord: OnWord): void;
}

/** A text cut where lines may break, each piece with its width as pdfkit measures it. */
export interface MeasuredWords {
  words: { word: string; width: number; bk: Break }[];
  widest: number;
}

/**
 * Measured texts kept per font and size, in bytes of heap (and as much again from before, see
 * BoundedCache): a record's fixed labels stay, its patient's own values are mostly measured once, and
 * a long note counts for its length. About 150 of a record's texts, as when they were bounded by
 * entries (400 instead of 150 held more, peak RSS of an export of 1,000 patients 332–338 against
 * 320–329 MB, for the same CPU time).
 */
const MAX_CACHED_TEXT_BYTES = 128 * 1024;
/**
 * A measured text's heap, from an export worker's heap snapshot: the cut and its array, then per
 * piece its record, text, width and break, and the text it is kept under.
 */
const CUT_BYTES = 64;
const CUT_BYTES_PER_WORD = 150;
const cutBytes = (text: string, cut: MeasuredWords) =>
  CUT_BYTES + CUT_BYTES_PER_WORD * cut.words.length + 2 * text.length;

/** Per font (the parsed font every document shares), per size: each text cut and measured. */
const measured = new WeakMap<object, Map<number, BoundedCache<string, MeasuredWords>>>();

/** Made once: a function written at each call is made again for every text measured. */
const newSizes = () => new Map<number, BoundedCache<string, MeasuredWords>>();

const require = createRequire(__filename);
// pdfkit exports its LineWrapper (its type declarations do not mention it).
const { LineWrapper } = require('pdfkit') as { LineWrapper: { prototype: LineWrapper } };
// The very line breaker pdfkit itself uses (Unicode line breaking rules).
const LineBreaker = createRequire(require.resolve('pdfkit'))('linebreak') as new (
  text: string,
) => { nextBreak(): Break | null };

function measure(wrapper: LineWrapper, text: string): MeasuredWords {
  const breaker = new LineBreaker(text);
  const words: MeasuredWords['words'] = [];
  let widest = 0;
  let last: Break | null = null;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(last?.position ?? 0, bk.position);
    const width = wrapper.wordWidth(word);
    words.push({ word, width, bk });
    widest = Math.max(widest, width);
    last = bk;
  }
  return { words, widest };
}

/** A line wrapper with no spacing options, as pdfkit measures a word for `text(..., { width })`. */
const plainWrapper = (document: LineWrapper['document']): LineWrapper =>
  Object.assign(Object.create(LineWrapper.prototype) as LineWrapper, {
    document,
    characterSpacing: 0,
    wordSpacing: 0,
    horizontalScaling: 100,
    features: undefined,
  });

/**
 * The text cut at every allowed line break, each piece measured in the document's current font and
 * size with no spacing options (`wrapper` measures, when the cut is not known yet). The pieces and
 * their widths depend only on the font, its size and the text, so they are kept for the process. Null
 * when the document has no font yet.
 */
export function measuredWords(
  document: LineWrapper['document'],
  text: string,
  wrapper?: LineWrapper,
): MeasuredWords | null {
  const font = document._font?.font;
  if (!font) return null;
  const sizes = keptFor(measured, font, newSizes);
  let texts = sizes.get(document._fontSize);
  if (!texts) {
    texts = new BoundedCache(MAX_CACHED_TEXT_BYTES, cutBytes);
    sizes.set(document._fontSize, texts);
  }
  let cut = texts.get(text);
  if (!cut) {
    cut = measure(wrapper ?? plainWrapper(document), text);
    texts.set(text, cut);
  }
  return cut;
}

/**
 * Before placing a text, pdfkit's line wrapper cuts it at every allowed line break and measures each
 * piece: for a template's fixed clauses that is the same work in every document. The measured pieces
 * (see `measuredWords`) are handed to the wrapper's own line filling, which runs unchanged (page
 * breaks included). A piece wider than the line takes pdfkit's own path, which cuts the word itself.
 */
function keepMeasuredWords(proto: LineWrapper): void {
  const eachWord = proto.eachWord;
  proto.eachWord = function eachMeasuredWord(this: LineWrapper, text: string, onWord: OnWord): void {
    // An indent or a continued text changes the line's width as it goes: pdfkit's own path.
    const plain =
      pdfFastPath.enabled &&
      !this.features &&
      !this.indent &&
      !this.continuedX &&
      !this.characterSpacing &&
      !this.wordSpacing &&
      this.horizontalScaling === 100;
    const cut = plain ? measuredWords(this.document, text, this) : null;
    if (!cut || cut.widest > this.lineWidth) {
      eachWord.call(this, text, onWord);
      return;
    }
    let last: Break | null = null;
    for (const { word, width, bk } of cut.words) {
      if (onWord(word, width, bk, last) === false) break;
      last = bk;
    }
  };
}

let installed = false;

/** Every line wrapper of the process measures a text once (see `keepMeasuredWords`). */
export function installWrapCache(): void {
  if (installed) return;
  installed = true;
  keepMeasuredWords(LineWrapper.prototype);
}
