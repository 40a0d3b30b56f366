/**
 * Characters no one types into a form: C0/C1 control characters other than tab and line breaks, and
 * unpaired UTF-16 surrogates. SQLite stores text as UTF-8, so an unpaired surrogate would come back as
 * U+FFFD (the record would silently differ from what was saved), and a NUL cuts FTS5 query strings short.
 * With the `u` flag the surrogate range only matches unpaired halves.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDFFF]/u;

export const hasOnlySafeCharacters = (text: string): boolean => !UNSAFE.test(text);

/** Replaces every unsafe character with a space, for text that is searched for but never stored. */
export const withoutUnsafeCharacters = (text: string): string =>
  text.replace(new RegExp(UNSAFE.source, 'gu'), ' ');
