import { pdfFastPath } from './fast-path';

/** A TrueType glyph as a font subset copies it: its bytes, the glyphs it is built from, its metrics. */
interface GlyphData {
  bytes: Uint8Array;
  /** A compound glyph's parts: their glyph ids and where each id sits in `bytes`. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** The parts of fontkit's TrueType font and subset (TTFSubset) that copying a glyph touches. */
interface TrueTypeFont {
  _variationProcessor?: unknown;
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  loca: { offsets: number[]; version: number };
  createSubset(): TrueTypeSubset;
}

interface TrueTypeSubset {
  glyphs: number[];
  glyf?: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  glyphEncoder?: unknown;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
  encode(): Uint8Array;
}

/** A table of the subset file as fontkit writes it: its tag and, when it never changes, its bytes. */
interface TableTemplate {
  tag: string;
  bytes: Uint8Array;
}

/**
 * The tables of a subset file in fontkit's order, read from a subset fontkit encoded itself. `head`,
 * `cvt `, `prep` and `fpgm` are the same in every subset of a font; `hhea` and `maxp` differ only in
 * their glyph counts; `loca`, `glyf` and `hmtx` are written from the subset's glyphs.
 */
function tableTemplates(font: TrueTypeFont): TableTemplate[] {
  const sample = font.createSubset().encode();
  const view = new DataView(sample.buffer, sample.byteOffset, sample.byteLength);
  const tables: TableTemplate[] = [];
  for (let i = 0; i < view.getUint16(4); i++) {
    const entry = 12 + 16 * i;
    const offset = view.getUint32(entry + 8);
    tables.push({
      tag: String.fromCharCode(...sample.subarray(entry, entry + 4)),
      bytes: sample.slice(offset, offset + view.getUint32(entry + 12)),
    });
  }
  return tables;
}

const DIRECTORY_HEADER = 12;
const DIRECTORY_ENTRY = 16;
/** Where the glyph counts sit in `hhea` (numberOfMetrics) and `maxp` (numGlyphs). */
const HHEA_METRICS = 34;
const MAXP_GLYPHS = 4;

function tableBytes(template: TableTemplate, subset: TrueTypeSubset): Uint8Array | Uint8Array[] {
  const { metrics } = subset.hmtx;
  switch (template.tag) {
    case 'hhea':
    case 'maxp': {
      const bytes = template.bytes.slice();
      const at = template.tag === 'hhea' ? HHEA_METRICS : MAXP_GLYPHS;
      new DataView(bytes.buffer).setUint16(
        at,
        template.tag === 'hhea' ? metrics.length : (subset.glyf?.length ?? 0),
      );
      return bytes;
    }
    case 'loca': {
      const { offsets, version } = subset.loca;
      const bytes = new Uint8Array(offsets.length * (version === 0 ? 2 : 4));
      const view = new DataView(bytes.buffer);
      offsets.forEach((offset, i) => {
        // Short offsets are stored halved, as fontkit's loca table writes them.
        if (version === 0) view.setUint16(i * 2, offset >>> 1);
        else view.setUint32(i * 4, offset);
      });
      return bytes;
    }
    case 'glyf':
      return subset.glyf ?? [];
    case 'hmtx': {
      const bytes = new Uint8Array(metrics.length * 4);
      const view = new DataView(bytes.buffer);
      metrics.forEach(({ advance, bearing }, i) => {
        view.setUint16(i * 4, advance);
        view.setInt16(i * 4 + 2, bearing);
      });
      return bytes;
    }
    default:
      return template.bytes;
  }
}

/**
 * The subset file, byte for byte as fontkit's encoder writes it (a table directory with zero
 * checksums, then the tables back to back), without encoding the unchanging tables field by field.
 */
function encodeSubset(font: TrueTypeFont, subset: TrueTypeSubset, templates: TableTemplate[]): Uint8Array {
  subset.glyf = [];
  subset.offset = 0;
  subset.hmtx = { metrics: [], bearings: [] };
  subset.loca = { offsets: [], version: font.loca.version };
  // _addGlyph may append the parts of compound glyphs while this runs.
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i] as number);
  subset.loca.offsets.push(subset.offset);

  const tables = templates.map((template) => {
    const bytes = tableBytes(template, subset);
    const parts = Array.isArray(bytes) ? bytes : [bytes];
    return { tag: template.tag, parts, length: parts.reduce((n, part) => n + part.length, 0) };
  });
  const directory = DIRECTORY_HEADER + DIRECTORY_ENTRY * tables.length;
  const out = new Uint8Array(directory + tables.reduce((n, table) => n + table.length, 0));
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(tables.length));
  out.set([0x74, 0x72, 0x75, 0x65]); // 'true', fontkit's tag for a TrueType file
  view.setUint16(4, tables.length);
  view.setUint16(6, 2 ** log2 * 16);
  view.setUint16(8, log2);
  view.setUint16(10, tables.length * 16 - 2 ** log2 * 16);
  let offset = directory;
  tables.forEach((table, i) => {
    const entry = DIRECTORY_HEADER + DIRECTORY_ENTRY * i;
    for (let c = 0; c < 4; c++) out[entry + c] = table.tag.charCodeAt(c);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    for (const part of table.parts) {
      out.set(part, offset);
      offset += part.length;
    }
  });
  return out;
}

function readGlyph(font: TrueTypeFont, gid: number): GlyphData {
  const glyph = font.getGlyph(gid);
  const glyf = glyph._decode();
  const start = font.loca.offsets[gid] as number;
  const end = font.loca.offsets[gid + 1] as number;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  return {
    bytes: stream.readBuffer(end - start),
    components: glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
}

/**
 * Every PDF embeds the subset of the font it uses, and fontkit builds it by decoding each glyph's
 * outline again, for every document: a fifth of the time of a consent form. The bytes a subset copies
 * for a glyph never change, so they are read once per process; what fontkit's own `_addGlyph` does
 * with them (renumber a compound glyph's parts, append the glyph and its metrics) is unchanged, so
 * the embedded font has the same bytes as before. The file is then written from those glyphs and the
 * tables that never change (see `encodeSubset`), rather than by fontkit's field-by-field encoder.
 */
export function withSubsetGlyphCache<F>(parsed: F): F {
  const font = parsed as unknown as TrueTypeFont;
  const glyphs = new Map<number, GlyphData>();
  const cached = Object.create(font) as TrueTypeFont;
  let templates: TableTemplate[] | null = null;
  cached.createSubset = function createSubset() {
    const subset = font.createSubset.call(this);
    // Variable fonts re-encode outlines, and CFF fonts subset another way: fontkit's path for those.
    if (font._variationProcessor || !subset.glyphEncoder) return subset;
    templates ??= tableTemplates(font);
    const tables = templates;
    const encode = subset.encode.bind(subset);
    subset.encode = () => (pdfFastPath.enabled ? encodeSubset(font, subset, tables) : encode());
    subset._addGlyph = (gid: number) => {
      let data = glyphs.get(gid);
      if (!data) {
        data = readGlyph(font, gid);
        glyphs.set(gid, data);
      }
      let bytes = data.bytes;
      if (data.components) {
        bytes = new Uint8Array(bytes);
        const view = new DataView(bytes.buffer);
        for (const part of data.components) view.setUint16(part.pos, subset.includeGlyph(part.glyphID));
      }
      const glyf = subset.glyf as Uint8Array[];
      glyf.push(bytes);
      subset.loca.offsets.push(subset.offset);
      subset.hmtx.metrics.push({ advance: data.advance, bearing: data.bearing });
      subset.offset += bytes.length;
      return glyf.length - 1;
    };
    return subset;
  };
  return cached as unknown as F;
}
