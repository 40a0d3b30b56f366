import type { ClinicSnapshot } from '../../shared/documents/schema';
import { displayName, type Patient } from '../../shared/patients/schema';
import { PHOTO_MOMENT_LABELS, PHOTO_VIEW_LABELS, type PhotoSummary } from '../../shared/photos/schema';
import type { Settings } from '../../shared/settings/schema';
import { FONT_BOLD, FONT_REGULAR } from '../documents/pdf/fonts';
import { drawLetterhead } from '../documents/pdf/letterhead';
import { COLORS } from '../documents/pdf/page';
import { pdfInfo, startPdf } from '../documents/pdf/start';

/** One side of the comparison: the photo, its JPEG and where it sits in its course. */
export interface ComparedPhoto {
  photo: PhotoSummary;
  jpeg: Buffer;
  /** "Session n of N" when the photo belongs to a session. */
  session: { n: number; of: number } | null;
}

export interface ComparisonPdfSource {
  patient: Patient;
  clinic: ClinicSnapshot;
  logo: Buffer | null;
  paperSize: Settings['paperSize'];
  sides: [ComparedPhoto, ComparedPhoto];
  generatedAt: string;
}

const GAP = 14;

/** Two photos side by side on one page, each captioned with its date, view, moment and session. */
export function renderComparisonPdf(source: ComparisonPdfSource): Promise<Buffer> {
  const { doc, box, done } = startPdf(
    source.paperSize,
    pdfInfo(`Photo comparison ${source.patient.number}`, source.clinic.name, new Date(source.generatedAt)),
  );
  drawLetterhead(doc, box, source.clinic, source.logo);
  doc.font(FONT_BOLD).fontSize(16).fillColor(COLORS.text).text('Photo comparison', box.left, doc.y);
  doc
    .font(FONT_REGULAR)
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(`${displayName(source.patient)}  ·  Patient no. ${source.patient.number}`);
  doc.y += 12;

  const columnWidth = (box.width - GAP) / 2;
  const top = doc.y;
  // Leave room under the images for three caption lines.
  const imageHeight = Math.min(box.bottom - top - 70, columnWidth * 1.5);
  // Both captions line up under the taller of the two fitted images.
  const fitted = source.sides.map(({ photo }) =>
    Math.min(imageHeight, (columnWidth * photo.height) / photo.width),
  );
  const captionTop = top + Math.max(...fitted) + 8;
  source.sides.forEach((side, index) => {
    const left = box.left + index * (columnWidth + GAP);
    doc.image(side.jpeg, left, top, { fit: [columnWidth, imageHeight], align: 'center' });
    const { photo } = side;
    doc
      .font(FONT_BOLD)
      .fontSize(10.5)
      .fillColor(COLORS.text)
      .text(`${PHOTO_MOMENT_LABELS[photo.moment]}  ·  ${photo.takenAt.slice(0, 10)}`, left, captionTop, {
        width: columnWidth,
      });
    const lines = [
      PHOTO_VIEW_LABELS[photo.view] ?? photo.view,
      side.session ? `Session ${side.session.n} of ${side.session.of}` : 'Not linked to a session',
    ];
    doc.font(FONT_REGULAR).fontSize(9).fillColor(COLORS.muted).text(lines.join('\n'), { width: columnWidth });
  });
  doc.end();
  return done;
}
