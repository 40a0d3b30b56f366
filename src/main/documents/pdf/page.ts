export const PAPER = { A4: 'A4', LETTER: 'LETTER' } as const;

export const COLORS = {
  text: '#1d2430',
  muted: '#5b6575',
  accent: '#0f6b63',
  rule: '#b8c0cb',
  box: '#f1f5f4',
} as const;

export const MARGINS = { top: 64, bottom: 72, left: 56, right: 56 } as const;

/** The writable area of a page, in points. */
export interface PageBox {
  left: number;
  right: number;
  width: number;
  top: number;
  bottom: number;
  pageHeight: number;
}

export function pageBox(doc: PDFKit.PDFDocument): PageBox {
  const { width, height, margins } = doc.page;
  return {
    left: margins.left,
    right: width - margins.right,
    width: width - margins.left - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    pageHeight: height,
  };
}
