import { DOCUMENT_WORDS } from '../../shared/documents/document-words';
import type { ClinicSnapshot } from '../../shared/documents/schema';
import { LANGUAGE_NAMES } from '../../shared/language/languages';
import { displayName, type Patient } from '../../shared/patients/schema';
import type { Settings } from '../../shared/settings/schema';
import type { Flow } from '../documents/pdf/flow';
import { FONT_BOLD, FONT_REGULAR } from '../documents/pdf/fonts';
import { drawLetterhead } from '../documents/pdf/letterhead';
import { COLORS, type pageBox } from '../documents/pdf/page';
import { drawRunningChrome } from '../documents/pdf/page-chrome';
import { pdfInfo, startPdf } from '../documents/pdf/start';
import { instant } from '../record/export-text';
import type { PdfSection } from '../record/kind';

export interface RecordPdfSource {
  patient: Patient;
  sections: PdfSection[];
  clinic: ClinicSnapshot;
  logo: Buffer | null;
  paperSize: Settings['paperSize'];
  generatedAt: string;
}

const SEX = { female: 'Female', male: 'Male', other: 'Other', unknown: 'Not recorded' } as const;
/** Labels take up to 45% of the line: intake questions are long. */
const LABEL_SHARE = 0.45;
/** A photo's thumbnail in the record, in points. */
const THUMBNAIL = { width: 160, height: 120 };

/**
 * The record PDF is drawn again at every export, never kept as signed: its streams are compressed at
 * zlib's level 2 rather than 6, measured on 100 export records (162 KiB of streams each): 1.0 instead
 * of 1.85 ms of CPU and 38.7 instead of 35.6 KiB (level 1: the same time, 39.8 KiB).
 */
const RECORD_DEFLATE_LEVEL = 2;

/** The complete patient record as one PDF: details, then one section per record type. */
export function renderRecordPdf(source: RecordPdfSource): Promise<Buffer> {
  const { patient } = source;
  const { doc, box, flow, done } = startPdf(
    source.paperSize,
    pdfInfo(`Patient record ${patient.number}`, source.clinic.name, new Date(source.generatedAt)),
    { deflateLevel: RECORD_DEFLATE_LEVEL },
  );

  drawLetterhead(doc, box, source.clinic, source.logo, DOCUMENT_WORDS.en, true);
  flow.write('Patient record', { font: FONT_BOLD, size: 17 });
  doc.y += 2;
  flow.write(
    `${displayName(patient)}  ·  Patient no. ${patient.number}  ·  Exported ${instant(source.generatedAt)}`,
    { size: 8.5, color: COLORS.muted },
  );
  doc.y += 10;

  flow.heading('Patient details', flow.lineHeight() * 3);
  const details: [string, string | null][] = [
    ['Last name', patient.lastName],
    ['First name', patient.firstName],
    ['Preferred name', patient.preferredName],
    ['Date of birth', patient.dateOfBirth],
    ['Sex', SEX[patient.sex]],
    ['Phone', patient.phone],
    ['Email', patient.email],
    ['Address', patient.address],
    [
      'Emergency contact',
      [patient.emergencyContactName, patient.emergencyContactPhone].filter(Boolean).join(', '),
    ],
    ['GP', patient.gpName],
    ['Notes', patient.notes],
    ['Language', LANGUAGE_NAMES[patient.preferredLanguage]],
    ['Record created', instant(patient.createdAt)],
    ['Last changed', instant(patient.updatedAt)],
    ['Archived', patient.archivedAt && instant(patient.archivedAt)],
  ];
  const columns = lineColumns(box);
  for (const [label, value] of details) if (value) line(flow, columns, label, value);

  for (const section of source.sections) {
    flow.space(10);
    // The heading keeps its first entry (a photo's thumbnail included) on its page.
    const firstImage = section.entries[0]?.image ? THUMBNAIL.height + 4 + flow.lineHeight() * 2 : 0;
    flow.heading(section.heading, flow.lineHeight() * 2 + firstImage);
    if (!section.entries.length) flow.paragraph(section.empty, { color: COLORS.muted });
    for (const entry of section.entries) {
      // A photo's title stays on the page of its thumbnail.
      flow.ensure(flow.lineHeight() * 3 + (entry.image ? THUMBNAIL.height + 4 : 0));
      flow.write(entry.title, { font: FONT_BOLD, size: 10.5 });
      doc.y += 3;
      if (entry.image) {
        flow.ensure(THUMBNAIL.height + 4);
        doc.image(entry.image, box.left, doc.y, { fit: [THUMBNAIL.width, THUMBNAIL.height] });
        doc.y += THUMBNAIL.height + 4;
      }
      for (const [label, value] of entry.lines) line(flow, columns, label, value);
      doc.y += 6;
    }
  }

  drawChrome(doc, box, source);
  doc.end();
  return done;
}

/** Where a line's label and value go, the same for every line of the record. */
function lineColumns(box: ReturnType<typeof pageBox>) {
  const labelWidth = Math.round(box.width * LABEL_SHARE);
  const valueWidth = box.width - labelWidth - 8;
  return {
    labelWidth,
    valueWidth,
    valueX: box.left + labelWidth + 8,
    // pdfkit copies the options it is given: one object each serves every line.
    label: { width: labelWidth, lineGap: 2.2 },
    value: { width: valueWidth, lineGap: 2.2 },
  };
}

/** A label and its value side by side, kept together on one page. */
function line(flow: Flow, columns: ReturnType<typeof lineColumns>, label: string, value: string): void {
  const { doc, box } = flow;
  const shown = value || '—';
  const height = Math.max(
    flow.textHeight(label, columns.labelWidth, FONT_REGULAR, 9),
    flow.textHeight(shown, columns.valueWidth, FONT_REGULAR, 9.5),
  );
  flow.ensure(height);
  const top = doc.y;
  doc.font(FONT_REGULAR).fontSize(9).fillColor(COLORS.muted);
  doc.text(label, box.left, top, columns.label);
  const afterLabel = doc.y;
  doc.font(FONT_REGULAR).fontSize(9.5).fillColor(COLORS.text);
  doc.text(shown, columns.valueX, top, columns.value);
  doc.y = Math.max(doc.y, afterLabel) + 2;
}

function drawChrome(doc: PDFKit.PDFDocument, box: ReturnType<typeof pageBox>, source: RecordPdfSource): void {
  const { patient } = source;
  const chromePatient = {
    name: displayName(patient),
    dateOfBirth: patient.dateOfBirth,
    number: patient.number,
  };
  drawRunningChrome(
    doc,
    box,
    chromePatient,
    (bottom) => {
      doc.font(FONT_REGULAR).fontSize(7).fillColor(COLORS.muted);
      doc.text('Complete patient record exported from Mesodesk', box.left, bottom, { lineBreak: false });
    },
    0,
  );
}
