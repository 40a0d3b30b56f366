/**
 * Folds text for search in every script: decompose, strip combining marks, lower-case, and map the
 * few letters that carry no combining mark but are typed without their stroke (Vietnamese đ, Turkish ı,
 * Polish ł, Greek final sigma ...).
 */
const EXTRA_FOLDS: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ',
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');

export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(EXTRA_RE, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .normalize('NFC');
}

/** Splits a folded query into search tokens. */
export function searchTokens(query: string): string[] {
  return foldText(query)
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}

export const digitsOnly = (s: string): string => s.replace(/\D+/g, '');
