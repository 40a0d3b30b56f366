/**
 * The process-wide layout caches (fonts.ts, wrap-cache.ts, fragment.ts, subset-cache.ts) must not
 * change a single byte of any document. Tests switch them off to draw the same documents through
 * pdfkit's and fontkit's own paths and compare the files.
 */
export const pdfFastPath = { enabled: true };
