import { DOCUMENT_WORDS, type DocumentWords } from '../../../shared/documents/document-words';
import type { DocumentSnapshot } from '../../../shared/documents/schema';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLORS, type PageBox } from './page';

export interface ChromePatient {
  name: string;
  dateOfBirth: string;
  number: string;
}

/**
 * The running header (patient name, date of birth, number) and footer rule with "Page x of y", drawn
 * on every page once the page count is known. `footerText` writes the left part of the footer.
 */
export function drawRunningChrome(
  doc: PDFKit.PDFDocument,
  box: PageBox,
  patient: ChromePatient,
  footerText: (bottom: number) => void,
  pageNumberOffset = 4,
  words: DocumentWords = DOCUMENT_WORDS.en,
): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    // Text placed inside the bottom margin must not trigger pdfkit's automatic page break.
    doc.page.margins.bottom = 0;
    const top = 28;
    doc.font(FONT_BOLD).fontSize(8.5).fillColor(COLORS.text);
    doc.text(patient.name, box.left, top, { width: box.width * 0.6, lineBreak: false, ellipsis: true });
    doc.font(FONT_REGULAR).fontSize(8).fillColor(COLORS.muted);
    doc.text(words.patientLine(patient.dateOfBirth, patient.number), box.left + box.width * 0.4, top, {
      width: box.width * 0.6,
      align: 'right',
      lineBreak: false,
    });
    doc
      .moveTo(box.left, top + 14)
      .lineTo(box.right, top + 14)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();

    const bottom = box.pageHeight - 40;
    doc
      .moveTo(box.left, bottom - 6)
      .lineTo(box.right, bottom - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    footerText(bottom);
    doc.font(FONT_BOLD).fontSize(8).fillColor(COLORS.text);
    doc.text(words.page(i - range.start + 1, range.count), box.left, bottom + pageNumberOffset, {
      width: box.width,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = saved;
  }
}

/** A signed document's chrome: its footer carries the document id and the SHA-256. */
export function drawPageChrome(
  doc: PDFKit.PDFDocument,
  box: PageBox,
  snapshot: DocumentSnapshot,
  uid: string,
  sha256: string,
  words: DocumentWords,
): void {
  drawRunningChrome(
    doc,
    box,
    snapshot.patient,
    (bottom) => {
      doc.font(FONT_REGULAR).fontSize(7).fillColor(COLORS.muted);
      doc.text(words.document(uid), box.left, bottom, { lineBreak: false });
      doc.text(`SHA-256 ${sha256}`, box.left, bottom + 10, { lineBreak: false });
    },
    4,
    words,
  );
}
