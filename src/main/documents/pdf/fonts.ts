import fs from 'node:fs';
import { createRequire } from 'node:module';

export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

const FILES = {
  [FONT_REGULAR]: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  [FONT_BOLD]: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

let cache: Record<string, Buffer> | null = null;

/**
 * The embedded Unicode fonts (Latin, Greek, Cyrillic and Vietnamese), resolved through the module
 * system so the same code finds them in dev, in tests and in a packaged app. Read once per process.
 */
export function documentFonts(): Record<string, Buffer> {
  if (!cache) {
    // __filename (not import.meta): main is bundled as CommonJS, and tests load it the same way.
    const require = createRequire(__filename);
    cache = Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [name, fs.readFileSync(require.resolve(file))]),
    );
  }
  return cache;
}
