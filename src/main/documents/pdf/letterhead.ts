import { DOCUMENT_WORDS, type DocumentWords } from '../../../shared/documents/document-words';
import type { ClinicSnapshot } from '../../../shared/documents/schema';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { COLORS, type PageBox } from './page';
import { pngImage } from './rgba-png';

const LOGO_BOX: [number, number] = [150, 64];

/**
 * Page 1 only: the logo on the left, the clinic and practitioner details on the right. `keepLogo`: an
 * RGBA logo is decoded once for the process (see pngImage), for documents drawn again whenever they
 * are needed. A signed document keeps pdfkit's own way, which finishes the logo after any signature:
 * drawn again as a check, it must give the very bytes it was signed with.
 */
export function drawLetterhead(
  doc: PDFKit.PDFDocument,
  box: PageBox,
  clinic: ClinicSnapshot,
  logo: Buffer | null,
  words: DocumentWords = DOCUMENT_WORDS.en,
  keepLogo = false,
): void {
  const top = box.top;
  let textLeft = box.left;
  if (logo) {
    doc.image((keepLogo ? pngImage(doc, logo, true) : logo) as never, box.left, top, { fit: LOGO_BOX });
    textLeft = box.left + LOGO_BOX[0] + 16;
  }
  const width = box.right - textLeft;
  doc.font(FONT_BOLD).fontSize(15).fillColor(COLORS.text);
  doc.text(clinic.name || words.clinic, textLeft, top, { width, align: logo ? 'right' : 'left' });
  doc.font(FONT_REGULAR).fontSize(8.5).fillColor(COLORS.muted);
  const contact = [
    clinic.address.replace(/\s*\n\s*/g, ', '),
    [clinic.phone, clinic.email].filter(Boolean).join('  ·  '),
  ]
    .filter(Boolean)
    .join('\n');
  if (contact) doc.text(contact, { width, align: logo ? 'right' : 'left', lineGap: 1 });
  const practitioner = [
    [clinic.practitionerName, clinic.practitionerQualifications].filter(Boolean).join(', '),
    clinic.practitionerRegistration && words.registration(clinic.practitionerRegistration),
  ]
    .filter(Boolean)
    .join('\n');
  if (practitioner) {
    doc.fillColor(COLORS.text).text(practitioner, { width, align: logo ? 'right' : 'left' });
  }
  doc.y = Math.max(doc.y, logo ? top + LOGO_BOX[1] : doc.y) + 10;
  doc.moveTo(box.left, doc.y).lineTo(box.right, doc.y).lineWidth(1.2).strokeColor(COLORS.accent).stroke();
  doc.y += 14;
}
