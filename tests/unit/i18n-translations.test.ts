import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Loaded by path: the renderer is a project of its own (tsconfig.web.json), outside this one.
const I18N = path.resolve(__dirname, '../../src/renderer/src/i18n');
const LOCALES = ['fr', 'de', 'it', 'es', 'pt'] as const;
const SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Strings longer than three words that may read exactly as in English in another language.
 * Keyed by locale, then by key path; keep it short and say why.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {};

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" -> value. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** Splits "x.count_other" into its base and plural category, or returns no category. */
function pluralParts(key: string): { base: string; category?: string } {
  const match = /^(.*)_([a-z]+)$/.exec(key);
  if (match && SUFFIXES.includes(match[2] as string)) return { base: match[1] as string, category: match[2] };
  return { base: key };
}

/** Key paths grouped by base key: plain keys map to [], plural keys to their categories. */
function shape(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of flat.keys()) {
    const { base, category } = pluralParts(key);
    const list = out.get(base) ?? [];
    if (category) list.push(category);
    out.set(base, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]).sort();
}

/** Words with a letter in them, placeholders left out: "{{gauge}} G, {{length}} mm" has two. */
function wordCount(text: string): number {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

/** English is TypeScript (the source of the keys); every other language is a JSON file. */
async function load(name: string): Promise<Tree> {
  if (name !== 'en') return JSON.parse(fs.readFileSync(path.join(I18N, 'locales', `${name}.json`), 'utf8'));
  const tree = ((await import(path.join(I18N, 'en.ts'))) as Record<string, Tree>).en;
  if (!tree) throw new Error('en.ts does not export "en"');
  return tree;
}

describe('the English strings', () => {
  it('use plural keys in complete _one/_other pairs', async () => {
    const en = shape(flatten(await load('en')));
    const broken = [...en].filter(([, cats]) => cats.length > 0 && cats.join() !== 'one,other');
    expect(broken).toEqual([]);
  });
});

describe.each(LOCALES)('the %s strings', (locale) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();

  it('exist as a file for every locale', () => {
    expect(fs.existsSync(path.join(I18N, 'locales', `${locale}.json`))).toBe(true);
  });

  it('have exactly the English keys, with every plural category of the language', async () => {
    const en = shape(flatten(await load('en')));
    const ours = shape(flatten(await load(locale)));
    const missing = [...en.keys()].filter((key) => !ours.has(key));
    const extra = [...ours.keys()].filter((key) => !en.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    const wrongPlurals: string[] = [];
    for (const [key, cats] of en) {
      const expected = cats.length > 0 ? categories : [];
      const actual = ours.get(key) ?? [];
      if (actual.join() !== expected.join()) wrongPlurals.push(`${key}: ${actual.join()} (want ${expected})`);
    }
    expect(wrongPlurals).toEqual([]);
  });

  it('keep every {{placeholder}} of the English string', async () => {
    const en = flatten(await load('en'));
    const ours = flatten(await load(locale));
    const mismatched: string[] = [];
    for (const [key, value] of ours) {
      const { base, category } = pluralParts(key);
      // A category English lacks (e.g. "many") is compared with English "other".
      const source = en.get(key) ?? (category ? en.get(`${base}_other`) : undefined);
      if (source === undefined) continue;
      const want = placeholders(source).join(' ');
      const got = placeholders(value).join(' ');
      if (want !== got) mismatched.push(`${key}: "${got}" (want "${want}")`);
    }
    expect(mismatched).toEqual([]);
  });

  it('have no empty value and no untranslated sentence', async () => {
    const en = flatten(await load('en'));
    const ours = flatten(await load(locale));
    const allowed = SAME_AS_ENGLISH[locale] ?? [];
    const empty = [...ours].filter(([, value]) => value.trim() === '').map(([key]) => key);
    const untranslated = [...ours]
      .filter(([key, value]) => value === en.get(key) && wordCount(value) > 3 && !allowed.includes(key))
      .map(([key]) => key);
    expect({ empty, untranslated }).toEqual({ empty: [], untranslated: [] });
  });
});
