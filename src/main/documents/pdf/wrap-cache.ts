import { createRequire } from 'node:module';
import { pdfFastPath } from './fast-path';

interface Break {
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
interface MeasuredWords {
  words: { word: string; width: number; bk: Break }[];
  widest: number;
}

const MAX_CACHED_TEXTS = 1_000;

/** Per font (the parsed font every document shares): measured words by size, spacing and text. */
const measured = new WeakMap<object, Map<string, MeasuredWords>>();

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

/**
 * Before placing a text, pdfkit's line wrapper cuts it at every allowed line break and measures each
 * piece: for a template's fixed clauses that is the same work in every document. The pieces and
 * their widths depend only on the font, its size, the spacing and the text, so they are kept for the
 * process and handed to the wrapper's own line filling, which runs unchanged (page breaks included).
 * A piece wider than the line takes pdfkit's own path, which cuts the word itself.
 */
function keepMeasuredWords(proto: LineWrapper): void {
  const eachWord = proto.eachWord;
  proto.eachWord = function eachMeasuredWord(this: LineWrapper, text: string, onWord: OnWord): void {
    const font = this.document._font?.font;
    // An indent or a continued text changes the line's width as it goes: pdfkit's own path.
    if (!font || this.features || this.indent || this.continuedX || !pdfFastPath.enabled) {
      eachWord.call(this, text, onWord);
      return;
    }
    let texts = measured.get(font);
    if (!texts) {
      texts = new Map();
      measured.set(font, texts);
    }
    const key = `${this.document._fontSize}\u0000${this.characterSpacing}\u0000${this.wordSpacing}\u0000${this.horizontalScaling}\u0000${text}`;
    let cut = texts.get(key);
    if (!cut) {
      cut = measure(this, text);
      if (texts.size >= MAX_CACHED_TEXTS) texts.clear();
      texts.set(key, cut);
    }
    if (cut.widest > this.lineWidth) {
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
