/** A tree of interface strings, as i18next resources hold them. */
export type Strings = { [key: string]: string | Strings };

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Placeholders and nested keys pass through untouched; only the words around them change. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/**
 * One string of the pseudo-locale: every letter accented, about 40% longer, and bracketed so that text
 * cut off at either end, or English that never went through i18n, shows at a glance.
 */
export function pseudoString(text: string): string {
  const accented = text
    .split(PROTECTED)
    .map((part) => (PROTECTED.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const letters = text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '').length;
  const padding = '~'.repeat(Math.ceil(letters * 0.4));
  return `⟦${accented}${padding}⟧`;
}

export function pseudoLocale(strings: Strings): Strings {
  return Object.fromEntries(
    Object.entries(strings).map(([k, v]) => [k, typeof v === 'string' ? pseudoString(v) : pseudoLocale(v)]),
  );
}
