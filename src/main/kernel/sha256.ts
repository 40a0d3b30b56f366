import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a text (as UTF-8) or of bytes, as lowercase hex: the one digest every signed record,
 * kept PDF and audit entry uses. It lives in main, not in src/shared, because it uses node:crypto
 * (native, fast on megabyte PDFs and photos) and only the main process hashes anything.
 */
export const sha256Hex = (data: string | Uint8Array): string =>
  createHash('sha256').update(data).digest('hex');
