import { type DocumentWords, documentWords } from '../../../shared/documents/document-words';
import { type DocumentSnapshot, PHOTO_CONSENT_LEVELS } from '../../../shared/documents/schema';
import type { StoredSignature } from '../../../shared/signature';
import { formatClinicInstant } from '../dates';
import type { Flow } from './flow';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { drawLetterhead } from './letterhead';
import { COLORS } from './page';
import { drawPageChrome } from './page-chrome';
import { pngImage } from './rgba-png';
import { pdfInfo, startPdf } from './start';

export interface PdfSource {
  uid: string;
  sha256: string;
  createdAt: string;
  snapshot: DocumentSnapshot;
  signatures: StoredSignature[];
  /** The logo named by snapshot.clinic.logoHash. */
  logo: Buffer | null;
}

/**
 * Draws a consent form or aftercare sheet. The output depends only on the source: the dates and the
 * file ID in the PDF come from the record, so the same record always gives the same bytes.
 */
export function renderDocumentPdf(source: PdfSource): Promise<Buffer> {
  const { snapshot } = source;
  const { doc, box, flow, done } = startPdf(
    snapshot.paperSize,
    pdfInfo(snapshot.content.title, snapshot.clinic.name, new Date(source.createdAt), {
      Subject: `${snapshot.patient.name} · ${snapshot.patient.number} · ${source.uid}`,
      Keywords: `sha256:${source.sha256}`,
    }),
  );

  const words = documentWords(snapshot.language);
  drawLetterhead(doc, box, snapshot.clinic, source.logo, words);
  drawTitle(flow, source, words);
  flow.blocks(snapshot.content.intro);
  snapshot.content.sections.forEach((section) => {
    flow.space(4);
    flow.heading(section.heading, flow.leadHeight(section.blocks));
    flow.blocks(section.blocks);
  });
  if (snapshot.kind === 'consent') {
    drawDeclarations(flow, snapshot, words);
    drawPhotoConsent(flow, snapshot, words);
  }
  drawSignatures(flow, source, words);

  drawPageChrome(doc, box, snapshot, source.uid, source.sha256, words);
  doc.end();
  return done;
}

function drawTitle(flow: Flow, source: PdfSource, words: DocumentWords): void {
  const { snapshot } = source;
  flow.write(snapshot.content.title, { font: FONT_BOLD, size: 17 });
  flow.doc.y += 2;
  flow.write(
    words.titleLine(
      words.kind[snapshot.kind],
      snapshot.dateText,
      snapshot.template.key,
      snapshot.template.version,
    ),
    { size: 8.5, color: COLORS.muted },
  );
  flow.doc.y += 10;
}

function drawDeclarations(flow: Flow, snapshot: DocumentSnapshot, words: DocumentWords): void {
  flow.space(4);
  const note = words.declarationsNote;
  const first = snapshot.content.declarations[0] ?? '';
  flow.heading(
    words.declarationsHeading,
    flow.textHeight(note, flow.box.width, FONT_REGULAR, 9) + 6 + flow.itemHeight(first),
  );
  flow.paragraph(note, { color: COLORS.muted, size: 9 });
  for (const declaration of snapshot.content.declarations) flow.item('☑', declaration);
}

function drawPhotoConsent(flow: Flow, snapshot: DocumentSnapshot, words: DocumentWords): void {
  flow.space(8);
  const intro = snapshot.content.photoConsent.reduce((h, b) => h + flow.blockHeight(b) + 6, 0);
  flow.heading(words.photoHeading, intro + flow.itemHeight(words.photoLabels.clinical));
  flow.blocks(snapshot.content.photoConsent);
  const chosen = snapshot.photoConsent ? PHOTO_CONSENT_LEVELS.indexOf(snapshot.photoConsent) : -1;
  PHOTO_CONSENT_LEVELS.forEach((level, i) => {
    flow.item(i <= chosen ? '☑' : '☐', words.photoLabels[level]);
  });
}

const SIGNATURE_BOX = { width: 200, image: 56, gap: 24 } as const;

function drawSignatures(flow: Flow, source: PdfSource, words: DocumentWords): void {
  const { doc, box } = flow;
  const { snapshot, signatures } = source;
  const format = snapshot.dateFormat;
  flow.space(10);
  if (snapshot.kind === 'aftercare') {
    flow.ensure(flow.lineHeight() * 2);
    flow.write(
      words.aftercareGiven(
        snapshot.clinic.practitionerName || words.thePractitioner,
        formatClinicInstant(source.createdAt, format),
      ),
      { size: 9, color: COLORS.muted },
    );
    return;
  }
  const blockHeight = SIGNATURE_BOX.image + 46;
  flow.heading(words.signaturesHeading, blockHeight);
  const perRow = Math.max(
    1,
    Math.floor((box.width + SIGNATURE_BOX.gap) / (SIGNATURE_BOX.width + SIGNATURE_BOX.gap)),
  );
  for (let i = 0; i < signatures.length; i += perRow) {
    flow.ensure(blockHeight);
    const rowTop = doc.y;
    signatures.slice(i, i + perRow).forEach((signature, col) => {
      const x = box.left + col * (SIGNATURE_BOX.width + SIGNATURE_BOX.gap);
      const image = Buffer.from(signature.imagePng.slice(signature.imagePng.indexOf(',') + 1), 'base64');
      doc.image(pngImage(doc, image) as never, x, rowTop, {
        fit: [SIGNATURE_BOX.width, SIGNATURE_BOX.image],
        valign: 'bottom',
      });
      const lineY = rowTop + SIGNATURE_BOX.image + 2;
      doc
        .moveTo(x, lineY)
        .lineTo(x + SIGNATURE_BOX.width, lineY)
        .lineWidth(0.7)
        .strokeColor(COLORS.text)
        .stroke();
      doc.font(FONT_BOLD).fontSize(9).fillColor(COLORS.text);
      doc.text(signature.signerName, x, lineY + 4, {
        width: SIGNATURE_BOX.width,
        lineBreak: false,
        ellipsis: true,
      });
      doc.font(FONT_REGULAR).fontSize(8).fillColor(COLORS.muted);
      doc.text(`${words.roles[signature.role]} · ${words.method[signature.method]}`, x, lineY + 16, {
        width: SIGNATURE_BOX.width,
        lineBreak: false,
      });
      doc.text(words.signed(formatClinicInstant(signature.signedAt, format)), x, lineY + 27, {
        width: SIGNATURE_BOX.width,
        lineBreak: false,
      });
    });
    doc.y = rowTop + blockHeight;
  }
}
