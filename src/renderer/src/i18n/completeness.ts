/**
 * How complete a translation is, compared with the English strings: the keys it lacks, the keys English
 * does not have, and placeholders that differ. Used by the interface-language list (only complete
 * languages are offered), the completeness test and `npm run i18n:missing`.
 */
export type Strings = { [key: string]: string | Strings };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function leaves(strings: Strings, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();

/** Plural categories i18next asks for in this language (Intl.PluralRules, cardinal). */
export const pluralCategories = (language: string): string[] =>
  new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

export interface Completeness {
  missing: string[];
  extra: string[];
  /** Keys whose {{placeholders}} differ from English. */
  placeholders: string[];
}

export function completeness(en: Strings, translated: Strings, language: string): Completeness {
  const source = leaves(en);
  const target = leaves(translated);
  const pluralBases = new Set(
    [...source.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
  );
  const categories = new Set(pluralCategories(language));
  const missing: string[] = [];
  const problems: string[] = [];
  for (const [key, text] of source) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const plural = pluralBases.has(base) && key !== base;
    // English has only _one and _other; a language needs _other, and _one where it has that category.
    if (plural && key.endsWith('_one') && !categories.has('one')) continue;
    const found = target.get(key);
    if (found === undefined) {
      missing.push(key);
      continue;
    }
    const want = placeholders(text).filter((p) => !(plural && p === 'count'));
    const got = placeholders(found).filter((p) => !(plural && p === 'count'));
    const same = plural ? got.every((p) => want.includes(p)) : want.join() === got.join();
    if (!same) problems.push(key);
  }
  const extra = [...target.keys()].filter((key) => {
    if (source.has(key)) return false;
    const suffix = PLURAL_SUFFIX.exec(key)?.[1];
    return !(suffix && pluralBases.has(key.replace(PLURAL_SUFFIX, '')) && categories.has(suffix));
  });
  return { missing, extra, placeholders: problems };
}

export const isComplete = (c: Completeness) =>
  c.missing.length === 0 && c.extra.length === 0 && c.placeholders.length === 0;

/**
 * i18next asks for `key_many` in French, Italian, Spanish and Portuguese (a million and more). Where a
 * translation gives no separate form, the `_other` form is the right one, so it is filled in from it.
 */
export function withPluralForms(translated: Strings, language: string): Strings {
  const categories = pluralCategories(language);
  const out: Strings = {};
  for (const [key, value] of Object.entries(translated)) {
    out[key] = typeof value === 'string' ? value : withPluralForms(value, language);
  }
  for (const [key, value] of Object.entries(translated)) {
    if (typeof value !== 'string' || !key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const category of categories) out[`${base}_${category}`] ??= value;
  }
  return out;
}
