import zlib from 'node:zlib';
import { pdfFastPath } from './fast-path';

/** What pdfkit needs of a reference (PDFReference) to write an image object. */
interface Reference {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array): void;
}

interface ImageDocument {
  _imageCount: number;
  ref(data: Record<string, unknown>): Reference;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RGBA = 6;

/** The size and compressed pixels of an 8-bit, non-interlaced RGBA PNG; null for any other PNG. */
function readRgbaPng(png: Buffer): { width: number; height: number; compressed: Buffer } | null {
  if (png.length < 33 || SIGNATURE.some((byte, i) => png[i] !== byte)) return null;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colorType, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || colorType !== RGBA || interlace !== 0) return null;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return { width, height, compressed: Buffer.concat(data) };
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** The PNG's pixels, each row's filter undone (PNG specification, section 9), one loop per filter. */
function unfilter(raw: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    const filter = raw[from - 1];
    const first = y > 0;
    if (filter === 0 || (filter === 2 && !first)) {
      pixels.set(raw.subarray(from, from + stride), row);
    } else if (filter === 1) {
      for (let x = 0; x < stride; x++) {
        pixels[row + x] = ((raw[from + x] as number) + (x >= 4 ? (pixels[row + x - 4] as number) : 0)) & 0xff;
      }
    } else if (filter === 2) {
      for (let x = 0; x < stride; x++) {
        pixels[row + x] = ((raw[from + x] as number) + (pixels[up + x] as number)) & 0xff;
      }
    } else if (filter === 3) {
      for (let x = 0; x < stride; x++) {
        const a = x >= 4 ? (pixels[row + x - 4] as number) : 0;
        const b = first ? (pixels[up + x] as number) : 0;
        pixels[row + x] = ((raw[from + x] as number) + ((a + b) >> 1)) & 0xff;
      }
    } else if (filter === 4) {
      for (let x = 0; x < stride; x++) {
        const a = x >= 4 ? (pixels[row + x - 4] as number) : 0;
        const b = first ? (pixels[up + x] as number) : 0;
        const c = x >= 4 && first ? (pixels[up + x - 4] as number) : 0;
        pixels[row + x] = ((raw[from + x] as number) + paeth(a, b, c)) & 0xff;
      }
    } else {
      throw new Error(`unknown PNG filter ${filter}`);
    }
  }
  return pixels;
}

function splitAlpha(pixels: Uint8Array, color: Uint8Array, alpha: Uint8Array): void {
  let c = 0;
  let a = 0;
  for (let p = 0; p < pixels.length; p += 4) {
    color[c++] = pixels[p] as number;
    color[c++] = pixels[p + 1] as number;
    color[c++] = pixels[p + 2] as number;
    alpha[a++] = pixels[p + 3] as number;
  }
}

/** An RGBA image's colour and alpha, each compressed as pdfkit's PNGImage writes them. */
interface EmbeddedPixels {
  color: Buffer;
  alpha: Buffer;
}

/**
 * The clinic logo is on every document: its pixels are decoded and compressed once for the process
 * (only the latest logo is kept, compared byte for byte), not once per document.
 */
let keptLogo: { png: Buffer; pixels: EmbeddedPixels } | null = null;

function embeddedPixels(compressed: Buffer, width: number, height: number): EmbeddedPixels {
  const pixels = unfilter(zlib.inflateSync(compressed), width, height);
  const count = width * height;
  const color = new Uint8Array(count * 3);
  const alpha = new Uint8Array(count);
  splitAlpha(pixels, color, alpha);
  return { color: zlib.deflateSync(color), alpha: zlib.deflateSync(alpha) };
}

/**
 * A pad-drawn signature or a logo, as pdfkit's PNGImage embeds an RGBA PNG, with the same objects in the same
 * order: the image first, then, once the document's drawing is done, its alpha as a soft mask and
 * both streams. pdfkit decodes the pixels through an asynchronous inflate and unfilters them in
 * JavaScript row by row; here the inflate is native and synchronous and the unfiltering one loop
 * over typed arrays. The file's bytes are the same (tests/unit/pdf-fast-path.test.ts).
 */
class RgbaImage {
  obj: Reference | null = null;
  readonly label: string;

  constructor(
    doc: ImageDocument,
    readonly width: number,
    readonly height: number,
    private readonly compressed: Buffer,
    /** The PNG, when its pixels are to be kept for the next documents (the logo). */
    private readonly kept: Buffer | null = null,
  ) {
    doc._imageCount += 1;
    this.label = `I${doc._imageCount}`;
  }

  embed(doc: ImageDocument): void {
    if (this.obj) return;
    const obj = doc.ref({
      Type: 'XObject',
      Subtype: 'Image',
      BitsPerComponent: 8,
      Width: this.width,
      Height: this.height,
      Filter: 'FlateDecode',
    });
    obj.data.ColorSpace = 'DeviceRGB';
    this.obj = obj;
    // pdfkit finishes the image after the drawing (its inflate is asynchronous): so does this.
    queueMicrotask(() => this.finish(doc, obj));
  }

  private pixels(): EmbeddedPixels {
    const { kept } = this;
    if (!kept) return embeddedPixels(this.compressed, this.width, this.height);
    if (!keptLogo?.png.equals(kept)) {
      keptLogo = {
        png: Buffer.from(kept),
        pixels: embeddedPixels(this.compressed, this.width, this.height),
      };
    }
    return keptLogo.pixels;
  }

  private finish(doc: ImageDocument, obj: Reference): void {
    const { color, alpha } = this.pixels();
    const mask = doc.ref({
      Type: 'XObject',
      Subtype: 'Image',
      Height: this.height,
      Width: this.width,
      BitsPerComponent: 8,
      Filter: 'FlateDecode',
      ColorSpace: 'DeviceGray',
      Decode: [0, 1],
    });
    mask.end(alpha);
    obj.data.SMask = mask;
    obj.end(color);
  }
}

/**
 * What to hand to doc.image for an image: the fast RGBA image, or the bytes for pdfkit's own path
 * (any other PNG, a JPEG). `keep`: the same image is on the next documents (see keptLogo).
 */
export function pngImage(doc: PDFKit.PDFDocument, png: Buffer, keep = false): Buffer | RgbaImage {
  const rgba = pdfFastPath.enabled ? readRgbaPng(png) : null;
  if (!rgba) return png;
  return new RgbaImage(
    doc as unknown as ImageDocument,
    rgba.width,
    rgba.height,
    rgba.compressed,
    keep ? png : null,
  );
}
