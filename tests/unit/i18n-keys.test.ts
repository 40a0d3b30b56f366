import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../src/renderer/src');
// Loaded by path: the renderer is a project of its own (tsconfig.web.json), outside this one.
const STRINGS = path.join(RENDERER, 'i18n/en.ts');
let en: Record<string, unknown> = {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Resolves a dotted key in the strings, accepting i18next's plural forms (key_one, key_other). */
function resolves(key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() as string;
  let node: unknown = en;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  return typeof record[last] === 'string' || typeof record[`${last}_other`] === 'string';
}

describe('i18n', () => {
  it('every literal key the screens translate exists in the English strings', async () => {
    ({ en } = (await import(STRINGS)) as { en: Record<string, unknown> });
    const missing: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const key = match[1] as string;
        if (!resolves(key)) missing.push(`${path.relative(RENDERER, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
