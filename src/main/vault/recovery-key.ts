import crypto from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a key copied by hand from paper reads back unambiguously.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as eight groups of four characters, e.g. 7K2Q-F9XW-... */
export function generateRecoveryKey(): string {
  const bytes = crypto.randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{4}/g) ?? []).join('-');
}

/** Accepts what a person types back: any case, spaces or dashes, and O/I/L mistaken for 0/1. */
export function normalizeRecoveryKey(typed: string): string {
  const clean = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return (clean.match(/.{1,4}/g) ?? []).join('-');
}
