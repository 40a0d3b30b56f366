import PDFDocument from 'pdfkit';
import type { Settings } from '../../../shared/settings/schema';
import { deflateStreamsAt } from './deflate-level';
import { pdfFastPath } from './fast-path';
import { Flow } from './flow';
import { documentFonts, shareShapedWords } from './fonts';
import { drawLinesFromCache } from './fragment';
import { drawOneLineTexts } from './one-line';
import { MARGINS, PAPER, type PageBox, pageBox } from './page';
import { writeFileAsBytes, writePagesAsBytes } from './page-content';
import { installWrapCache } from './wrap-cache';

export interface StartedPdf {
  doc: PDFKit.PDFDocument;
  box: PageBox;
  flow: Flow;
  /** The finished file, once `doc.end()` has been called. */
  done: Promise<Buffer>;
}

/**
 * A buffered PDF on the clinic's paper with the Unicode fonts registered. The dates in `info` (and so
 * the file ID pdfkit derives from them) come from the record, so the same record gives the same bytes.
 * `deflateLevel`: see deflateStreamsAt (only for documents that are never kept as signed).
 */
export function startPdf(
  paperSize: Settings['paperSize'],
  info: PDFKit.DocumentInfo,
  options: { deflateLevel?: number } = {},
): StartedPdf {
  installWrapCache();
  const doc = new PDFDocument({
    size: PAPER[paperSize],
    margins: MARGINS,
    bufferPages: true,
    autoFirstPage: true,
    // No default font: pdfkit would load Helvetica's metrics for every document; ours are registered below.
    font: null as unknown as string,
    lang: 'en',
    displayTitle: true,
    info,
  });
  const done = pdfFastPath.enabled ? writeFileAsBytes(doc) : chunksOf(doc);
  if (options.deflateLevel !== undefined) deflateStreamsAt(doc, options.deflateLevel);
  for (const [name, font] of Object.entries(documentFonts())) doc.registerFont(name, font as never);
  if (pdfFastPath.enabled) {
    shareShapedWordsOf(doc);
    drawLinesFromCache(doc);
    writePagesAsBytes(doc);
    drawOneLineTexts(doc);
  }
  const box = pageBox(doc);
  const flow = new Flow(doc, box);
  doc.y = box.top;
  return { doc, box, flow, done };
}

/** The file as pdfkit's stream hands it out, chunk by chunk. */
function chunksOf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** pdfkit opens a registered font on its first use in a document: from then on it shares our words. */
function shareShapedWordsOf(doc: PDFKit.PDFDocument): void {
  const internal = doc as unknown as { _font: Parameters<typeof shareShapedWords>[0] | null };
  const opened = new Set<unknown>();
  const font = doc.font.bind(doc);
  // Its own parameters, not a rest array: a record sets a font a few thousand times.
  doc.font = ((src: string, family?: string, size?: number) => {
    font(src, family as string, size as number);
    if (internal._font && !opened.has(internal._font)) {
      opened.add(internal._font);
      shareShapedWords(internal._font);
    }
    return doc;
  }) as typeof doc.font;
}

/**
 * The file's information dictionary: the clinic as author, Mesodesk as creator, the record's own date
 * as both dates. `about` (subject, keywords) goes between author and creator, where it always stood.
 */
export function pdfInfo(
  title: string,
  clinicName: string,
  at: Date,
  about: Pick<PDFKit.DocumentInfo, 'Subject' | 'Keywords'> = {},
): PDFKit.DocumentInfo {
  return {
    Title: title,
    Author: clinicName || 'Mesodesk',
    ...about,
    Creator: 'Mesodesk',
    Producer: 'Mesodesk (PDFKit)',
    CreationDate: at,
    ModDate: at,
  };
}
