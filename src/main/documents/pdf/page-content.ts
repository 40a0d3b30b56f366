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
  let text = content.buffer.map(latin1).join('');
  content.buffer = [];
  content.write = (chunk) => {
    text += typeof chunk === 'string' ? `${chunk}\n` : latin1(chunk);
  };
  const finalize = content.finalize;
  content.finalize = function finalizeText(this: ContentStream) {
    if (text) {
      this.buffer = [Buffer.from(text, 'latin1')];
      if (this.compress) this.data.Filter = 'FlateDecode';
      text = '';
    }
    finalize.call(this);
  };
}

/** The operators that set a colour, by colour and by fill or stroke: `/DeviceRGB cs` and `r g b scn`. */
const colorOperators = new Map<string, string | null>();
const MAX_CACHED_COLORS = 100;

/**
 * pdfkit parses a colour again each time one is set (a record PDF sets a thousand). The operators it
 * writes for a given colour never change, so they are worked out once for the process; anything but
 * a plain colour (a spot colour, a gradient, an opacity) takes pdfkit's own path.
 */
function keepColorOperators(doc: ContentDocument & Record<'fillColor' | 'strokeColor', SetColor>): void {
  const set = (name: 'fillColor' | 'strokeColor', stroke: boolean) => {
    const own = doc[name].bind(doc);
    doc[name] = function setColor(color, opacity) {
      if (typeof color !== 'string' || opacity != null || Object.keys(doc.spotColors).length) {
        return own(color, opacity);
      }
      const key = `${stroke ? 'S' : 'F'}${color}`;
      let ops = colorOperators.get(key);
      if (ops === undefined) {
        const rgb = doc._normalizeColor(color);
        ops = rgb
          ? `/${rgb.length === 4 ? 'DeviceCMYK' : 'DeviceRGB'} ${stroke ? 'CS' : 'cs'}\n${rgb.join(' ')} ${stroke ? 'SCN' : 'scn'}`
          : null;
        if (colorOperators.size >= MAX_CACHED_COLORS) colorOperators.clear();
        colorOperators.set(key, ops);
      }
      if (ops === null) return own(color, opacity);
      doc.addContent(ops);
      if (!stroke) doc._fillColor = [color, opacity];
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
