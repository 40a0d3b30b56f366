import zlib from 'node:zlib';

/** The parts of pdfkit's PDFReference (one object of the file) that compressing its stream touches. */
interface Reference {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string };
  finalize(): void;
}

interface ReferencingDocument {
  page: { content: Reference };
  ref(data?: unknown): Reference;
}

/** Compresses the object's stream at `level` when pdfkit would compress it at zlib's default. */
function compressAt(ref: Reference, level: number): void {
  const finalize = ref.finalize;
  ref.finalize = function finalizeAt(this: Reference) {
    if (this.compress && this.buffer.length) {
      const [only, ...more] = this.buffer;
      const data = more.length ? Buffer.concat(this.buffer) : (only as Uint8Array);
      this.buffer = [zlib.deflateSync(data, { level })];
      // Already compressed: pdfkit writes the buffer as it is, with the filter set when it was written.
      this.compress = false;
      this.data.Filter = 'FlateDecode';
    }
    finalize.call(this);
  };
}

/**
 * Every stream of the document (page contents, font files, character maps) compressed at `level`
 * instead of zlib's default (6). For documents generated again whenever they are needed (the record
 * PDF of an export): deflate is about a fifth of drawing one. Never for a document that is kept as
 * signed, whose bytes must stay what they are. Call before anything is drawn.
 */
export function deflateStreamsAt(pdf: PDFKit.PDFDocument, level: number): void {
  const doc = pdf as unknown as ReferencingDocument;
  compressAt(doc.page.content, level);
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const made = ref(data);
    compressAt(made, level);
    return made;
  };
}
