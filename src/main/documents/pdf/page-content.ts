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

const latin1 = (chunk: Uint8Array) =>
  Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');

/**
 * pdfkit turns every operator it writes to a page (a colour, a line, a text object) into bytes one
 * character at a time and keeps them as separate chunks until the page is flushed: a record PDF
 * writes a few thousand. Here a page's content is kept as text and turned into bytes once, natively,
 * when pdfkit finishes the page; the bytes are the same (pdfkit writes each string as latin1 plus a
 * newline, as this does).
 */
function keepContentAsText(content: ContentStream): void {
  const parts = content.buffer.map(latin1);
  content.buffer = [];
  content.write = (chunk) => {
    if (typeof chunk === 'string') parts.push(chunk, '\n');
    else parts.push(latin1(chunk));
  };
  const finalize = content.finalize;
  content.finalize = function finalizeText(this: ContentStream) {
    if (parts.length) {
      this.buffer = [Buffer.from(parts.join(''), 'latin1')];
      if (this.compress) this.data.Filter = 'FlateDecode';
      parts.length = 0;
    }
    finalize.call(this);
  };
}

/** A colour's operators (`/DeviceRGB cs` and `r g b scn`) and what pdfkit remembers as the fill. */
interface KnownColor {
  ops: string;
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
        plain = rgb
          ? {
              ops: `/${space} ${stroke ? 'CS' : 'cs'}\n${rgb.join(' ')} ${stroke ? 'SCN' : 'scn'}`,
              fill: [color, undefined],
            }
          : null;
        if (known.size >= MAX_CACHED_COLORS) known.clear();
        known.set(color, plain);
      }
      if (plain === null) return own(color, opacity);
      doc.addContent(plain.ops);
      // pdfkit only reads it (to set the colour again on a new page): one array per colour will do.
      if (!stroke) doc._fillColor = plain.fill;
      return doc;
    };
  };
  set('fillColor', false);
  set('strokeColor', true);
}

type SetColor = (color: unknown, opacity?: number) => unknown;

/** Every page of the document keeps its content as text, and colours are set from known operators. */
export function writePagesAsText(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as ContentDocument & Record<'fillColor' | 'strokeColor', SetColor>;
  keepContentAsText(doc.page.content);
  const addPage = doc.addPage.bind(doc);
  doc.addPage = (options) => {
    addPage(options);
    keepContentAsText(doc.page.content);
    return doc;
  };
  keepColorOperators(doc);
}
