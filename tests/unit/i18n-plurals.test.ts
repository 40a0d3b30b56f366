import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Counts go through i18next's plural forms (key_one / key_other), never hand-built plurals: no
 * "(s)", no count in a string without its plural forms, no "{{files}} files", and no `count === 1 ?`
 * in the code. The English strings are the ones checked; other languages follow their keys.
 */
const SRC = path.resolve(__dirname, '../../src');
const STRINGS = path.join(SRC, 'renderer/src/i18n/en.ts');

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Hand-built plurals in a string: "(s)", or a number placeholder followed by its own noun. */
function handBuiltPlural(text: string): string | null {
  if (/\w\(s\)/.test(text)) return '(s)';
  const ownNoun = /\{\{\s*(\w+)\s*\}\} (?:[a-z-]+ )?\1\b/i.exec(text);
  return ownNoun ? ownNoun[0] : null;
}

const CODE_PATTERNS: [RegExp, string][] = [
  [/\b\w*(?:count|length|total|n)\s*[!=]==?\s*1\s*\?/i, '`… === 1 ?`'],
  [/['"`]s['"`]\s*:\s*['"`]{2}/, "`? 's' : ''`"],
  [/\(s\)['"`]/, '"(s)"'],
];

describe('plurals', () => {
  it('finds the hand-built plurals it looks for', () => {
    expect(handBuiltPlural('{{count}} file(s)')).toBe('(s)');
    expect(handBuiltPlural('{{intakes}} intakes and')).toBe('{{intakes}} intakes');
    expect(handBuiltPlural('{{sessions}} treatment sessions')).toBe('{{sessions}} treatment sessions');
    expect(handBuiltPlural('Lot {{lot}} has only {{remaining}} left.')).toBeNull();
    expect(CODE_PATTERNS.some(([re]) => re.test("n === 1 ? 'patient' : 'patients'"))).toBe(true);
    expect(CODE_PATTERNS.some(([re]) => re.test("items.length !== 1 ? 's' : ''"))).toBe(true);
  });

  it('every English string with a count has its plural forms, and none builds its own', async () => {
    const { en } = (await import(STRINGS)) as { en: Record<string, unknown> };
    const problems: string[] = [];
    for (const [key, text] of leaves(en)) {
      if (/\{\{\s*count\s*\}\}/.test(text) && !PLURAL_SUFFIX.test(key))
        problems.push(`${key}: count without _one/_other`);
      const built = handBuiltPlural(text);
      if (built) problems.push(`${key}: ${built}`);
      if (PLURAL_SUFFIX.test(key)) {
        const base = key.replace(PLURAL_SUFFIX, '');
        const keys = new Set(leaves(en).map(([k]) => k));
        if (!keys.has(`${base}_one`) || !keys.has(`${base}_other`))
          problems.push(`${base}: needs both _one and _other`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no code picks a singular or plural by hand', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [re, what] of CODE_PATTERNS) {
          if (re.test(line)) problems.push(`${path.relative(SRC, file)}:${i + 1}: ${what}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });
});
