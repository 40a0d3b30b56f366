/** The parts of pdfkit's PDFReference that a page's content stream uses. */
interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

interface ContentDocument {
  page: { content: ContentStream };
  spotColors: Record<string, unknown>;
  _fillColor: unknown;
  addPage(options?: unknown): unknown;
  addContent(data: string): unknown;
  _normalizeColor(color: unknown): number[] | null;
}

const NEW_LINE = 0x0a;
/** A page's content starts in a buffer this large (a record's pages hold 15–20 KB), grown by doubling. */
const FIRST_SIZE = 32 * 1024;
/** Buffers kept for the next pages: a document's pages each hold one until the document ends. */
const MAX_KEPT = 16;
const kept: Buffer[] = [];

/**
 * A page's content stream as bytes, written where they go: pdfkit turns every operator it writes (a
 * colour, a line, a text object) into a byte array of its own, one character at a time, and keeps
 * them all until the document ends; kept as strings instead, they were copied by every young
 * collection meanwhile. The bytes are the same: each string as latin1 (its characters' low bytes,
 * pdfkit's `charCodeAt(i) & 0xff`), plus a newline when pdfkit writes it as an operator.
 */
export class PageBytes {
  private buffer: Buffer;
  length = 0;

  constructor() {
    this.buffer = kept.pop() ?? Buffer.allocUnsafeSlow(FIRST_SIZE);
  }

  private room(bytes: number): Buffer {
    if (this.length + bytes > this.buffer.length) {
      const larger = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    return this.buffer;
  }

  /** The string's characters, each as its low byte. */
  text(text: string): void {
    const buffer = this.room(text.length);
    if (text.length > 64) this.length += buffer.write(text, this.length, 'latin1');
    else for (let i = 0; i < text.length; i++) buffer[this.length++] = text.charCodeAt(i) & 0xff;
  }

  byte(value: number): void {
    this.room(1)[this.length++] = value;
  }

  /** Bytes `start` to `end` of another buffer of bytes (a line's operator kept for the document). */
  copy(from: PageBytes, start: number, end: number): void {
    const buffer = this.room(end - start);
    const source = from.buffer;
    for (let i = start; i < end; i++) buffer[this.length++] = source[i] as number;
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length).set(bytes, this.length);
    this.length += bytes.length;
  }

  /**
   * A number as pdfkit writes it in content streams, `${Math.round(n * 1e6) / 1e6}`, without making
   * the string: the digits of the rounded millionths, the point put back, trailing zeros dropped.
   * That is the shortest text that reads back as the same number while a millionth is larger than the
   * gap between two numbers near it, true below a million; anything larger is written as pdfkit does.
   */
  number(n: number): void {
    const millionths = Math.round(n * 1e6);
    if (!(Math.abs(millionths) < 1e12)) {
      this.text(`${millionths / 1e6}`);
      return;
    }
    const buffer = this.room(21);
    let rest = Math.abs(millionths);
    if (millionths < 0) buffer[this.length++] = 0x2d; // '-'; -0 is written "0", as JavaScript does
    const whole = Math.floor(rest / 1e6);
    rest -= whole * 1e6;
    this.digits(whole, 1);
    if (rest === 0) return;
    buffer[this.length++] = 0x2e; // '.'
    let decimals = 6;
    while (rest % 10 === 0) {
      rest /= 10;
      decimals -= 1;
    }
    this.digits(rest, decimals);
  }

  /** An integer's decimal digits, at least `width` of them (zeros first). */
  private digits(value: number, width: number): void {
    let count = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) count += 1;
    count = Math.max(count, width);
    const buffer = this.buffer;
    for (let i = count - 1, v = value; i >= 0; i--, v = Math.floor(v / 10)) {
      buffer[this.length + i] = 0x30 + (v % 10);
    }
    this.length += count;
  }

  /** An operator as pdfkit writes a string to a page: its bytes and a newline. */
  line(text: string): void {
    this.text(text);
    this.room(1)[this.length++] = NEW_LINE;
  }

  /** The bytes so far: valid until `release`. */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** The buffer goes back to be used by another page. */
  release(): void {
    if (kept.length < MAX_KEPT && this.buffer.length <= FIRST_SIZE * 4) kept.push(this.buffer);
    this.buffer = Buffer.alloc(0);
    this.length = 0;
  }
}

const pages = new WeakMap<ContentStream, PageBytes>();

/** The current page's bytes, when the document keeps its pages so (see `writePagesAsBytes`). */
export function pageBytes(pdf: PDFKit.PDFDocument): PageBytes | null {
  return pages.get((pdf as unknown as ContentDocument).page.content) ?? null;
}

function keepContentAsBytes(content: ContentStream): void {
  const page = new PageBytes();
  for (const chunk of content.buffer) page.bytes(chunk);
  content.buffer = [];
  pages.set(content, page);
  content.write = (chunk) => {
    if (typeof chunk === 'string') page.line(chunk);
    else page.bytes(chunk);
  };
  const finalize = content.finalize;
  content.finalize = function finalizeBytes(this: ContentStream) {
    if (page.length) {
      // Read while finalizing only: pdfkit copies (or compresses) the stream before it writes it.
      this.buffer = [page.view()];
      if (this.compress) this.data.Filter = 'FlateDecode';
    }
    try {
      finalize.call(this);
    } finally {
      pages.delete(content);
      page.release();
    }
  };
}

/** A colour's operators (`/DeviceRGB cs` and `r g b scn`) and what pdfkit remembers as the fill. */
interface KnownColor {
  ops: string;
  /** The operators as the page's bytes, with pdfkit's newline. */
  bytes: Buffer;
  fill: readonly [string, undefined];
}

/** Each colour's operators, to fill and to stroke; null for what is not a plain colour. */
const knownColors = {
  fill: new Map<string, KnownColor | null>(),
  stroke: new Map<string, KnownColor | null>(),
};
const MAX_CACHED_COLORS = 100;

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

/**
 * pdfkit parses a colour again each time one is set (a record PDF sets a thousand). The operators it
 * writes for a given colour never change, so they are worked out once for the process; anything but
 * a plain colour (a spot colour, a gradient, an opacity) takes pdfkit's own path.
 */
function keepColorOperators(doc: ContentDocument & Record<'fillColor' | 'strokeColor', SetColor>): void {
  const set = (name: 'fillColor' | 'strokeColor', stroke: boolean) => {
    const own = doc[name].bind(doc);
    const known = stroke ? knownColors.stroke : knownColors.fill;
    doc[name] = function setColor(color, opacity) {
      if (typeof color !== 'string' || opacity != null || hasKeys(doc.spotColors)) return own(color, opacity);
      let plain = known.get(color);
      if (plain === undefined) {
        const rgb = doc._normalizeColor(color);
        const space = rgb?.length === 4 ? 'DeviceCMYK' : 'DeviceRGB';
        const ops = rgb && `/${space} ${stroke ? 'CS' : 'cs'}\n${rgb.join(' ')} ${stroke ? 'SCN' : 'scn'}`;
        plain = ops ? { ops, bytes: Buffer.from(`${ops}\n`, 'latin1'), fill: [color, undefined] } : null;
        if (known.size >= MAX_CACHED_COLORS) known.clear();
        known.set(color, plain);
      }
      if (plain === null) return own(color, opacity);
      const page = pages.get(doc.page.content);
      if (page) page.bytes(plain.bytes);
      else doc.addContent(plain.ops);
      // pdfkit only reads it (to set the colour again on a new page): one array per colour will do.
      if (!stroke) doc._fillColor = plain.fill;
      return doc;
    };
  };
  set('fillColor', false);
  set('strokeColor', true);
}

type SetColor = (color: unknown, opacity?: number) => unknown;

/** Every page of the document keeps its content as bytes, and colours are set from known operators. */
export function writePagesAsBytes(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as ContentDocument & Record<'fillColor' | 'strokeColor', SetColor>;
  keepContentAsBytes(doc.page.content);
  const addPage = doc.addPage.bind(doc);
  doc.addPage = (options) => {
    addPage(options);
    keepContentAsBytes(doc.page.content);
    return doc;
  };
  keepColorOperators(doc);
}

/** The parts of pdfkit's document (a readable stream of the file) that writing the file touches. */
interface WritingDocument {
  _offset: number;
  _write(data: unknown): void;
  read(): Buffer | null;
  resume(): unknown;
  once(event: 'end', listener: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * The finished file, written straight into one buffer: pdfkit pushes every line of the file (each
 * object's header, dictionary and stream) through its readable stream as a chunk of its own, and the
 * chunks were joined at the end. The bytes and their offsets (the cross-reference table) are the same:
 * a string as its characters' low bytes plus a newline, as pdfkit's `_write` has it. Call right
 * after making the document: what its constructor wrote waits in the stream and is taken first.
 */
export function writeFileAsBytes(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const doc = pdf as unknown as WritingDocument;
  const file = new PageBytes();
  const head = doc.read();
  if (head) file.bytes(head);
  doc._write = (data) => {
    const before = file.length;
    if (data instanceof Uint8Array) file.bytes(data);
    else file.line(`${data}`);
    doc._offset += file.length - before;
  };
  return new Promise<Buffer>((resolve, reject) => {
    doc.once('end', () => {
      resolve(Buffer.from(file.view()));
      file.release();
    });
    doc.once('error', reject);
    // Nothing more is pushed but the end of the stream, which a paused stream would never reach.
    doc.resume();
  });
}
