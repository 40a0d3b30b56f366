import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { pdfInfo, startPdf } from '../../src/main/documents/pdf/start';

/** One line of text in a PDF of its own, through the fonts every document shares in this process. */
function pdfOf(text: string): Promise<Buffer> {
  const { doc, flow, done } = startPdf('A4', pdfInfo('Glyphs', 'Clinic', new Date('2026-11-28T00:00:00Z')));
  flow.write(text, { font: FONT_REGULAR, size: 10 });
  doc.end();
  return done;
}

/** The characters each glyph of the PDF's fonts stands for (their ToUnicode maps), as written. */
function unicodeMaps(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const maps: string[] = [];
  for (let at = text.indexOf('stream\n'); at >= 0; at = text.indexOf('stream\n', at + 1)) {
    const end = text.indexOf('\nendstream', at);
    if (end < 0) break;
    const raw = Buffer.from(text.slice(at + 7, end), 'latin1');
    // Only the compressed streams (a font file's is not, nor the metadata's).
    const body = raw[0] === 0x78 ? zlib.inflateSync(raw).toString('latin1') : '';
    if (body.includes('begincmap'))
      maps.push(body.slice(body.indexOf('beginbfrange'), body.indexOf('endbfrange')));
  }
  return maps;
}

// Its own file: the fonts are parsed once per process, and "Z" must not have been drawn before.
describe('the characters behind each glyph of a PDF', () => {
  it('do not depend on what the process drew before', async () => {
    // "Ž" is drawn from the parts "Z" and a caron: embedding it reads the glyph "Z" by id alone.
    await pdfOf('Žofia');
    // Here "fi" is one glyph, so the glyphs no longer pair one to one with the characters.
    const [map] = unicodeMaps(await pdfOf('Zsófia'));
    expect(map).toContain('<005a>');
    expect(map).not.toMatch(/<>/);
  });
});
