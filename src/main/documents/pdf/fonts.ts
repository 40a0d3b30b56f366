import fs from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

const FILES = {
  [FONT_REGULAR]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [FONT_BOLD]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

/** A parsed font as pdfkit's registerFont accepts it (anything with a layout method). */
export interface ParsedFont {
  layout: (...args: never[]) => unknown;
}

let cache: Record<string, ParsedFont> | null = null;

/**
 * The embedded Unicode fonts (Latin, Greek, Cyrillic and Vietnamese), resolved through the module
 * system so the same code finds them in dev, in tests and in a packaged app. They are read and parsed
 * once per process and shared by every document: parsing DejaVu is most of the cost of a small PDF.
 */
export function documentFonts(): Record<string, ParsedFont> {
  if (!cache) {
    // __filename (not import.meta): main is bundled as CommonJS, and tests load it the same way.
    const require = createRequire(__filename);
    // The very fontkit pdfkit itself uses, wherever the package manager put it.
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
      create(data: Uint8Array): ParsedFont;
    };
    cache = Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [
        name,
        fontkit.create(fs.readFileSync(require.resolve(file))),
      ]),
    );
  }
  return cache;
}
