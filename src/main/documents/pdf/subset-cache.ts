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
  loca: { offsets: number[] };
  getGlyph(gid: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  createSubset(): TrueTypeSubset;
}

interface TrueTypeSubset {
  glyf?: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  glyphEncoder?: unknown;
  includeGlyph(gid: number): number;
  _addGlyph(gid: number): number;
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
 * the embedded font has the same bytes as before.
 */
export function withSubsetGlyphCache<F>(parsed: F): F {
  const font = parsed as unknown as TrueTypeFont;
  const glyphs = new Map<number, GlyphData>();
  const cached = Object.create(font) as TrueTypeFont;
  cached.createSubset = function createSubset() {
    const subset = font.createSubset.call(this);
    // Variable fonts re-encode outlines, and CFF fonts subset another way: fontkit's path for those.
    if (font._variationProcessor || !subset.glyphEncoder) return subset;
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
