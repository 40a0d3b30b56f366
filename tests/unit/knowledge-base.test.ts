import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE, LANGUAGES } from '../../src/shared/screening/knowledge-base';
import { foldedTerm, GENERIC_WORDS, kbEntry, readText } from '../../src/shared/screening/mentions';

const namesOf = (e: (typeof KNOWLEDGE_BASE)[number]) => [
  ...Object.values(e.names).flatMap((n) => n ?? []),
  ...(e.brands ?? []),
];

describe('substance knowledge base', () => {
  it('has unique entry ids', () => {
    const ids = KNOWLEDGE_BASE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists no name twice within one language of an entry', () => {
    for (const entry of KNOWLEDGE_BASE) {
      for (const names of [...Object.values(entry.names), entry.brands ?? []]) {
        const folded = (names ?? []).map((n) => foldedTerm(n).join(' '));
        expect(new Set(folded).size, `${entry.id}: ${folded.join(', ')}`).toBe(folded.length);
      }
    }
  });

  it('folds every name to exactly one entry: no name is shared by two substances', () => {
    const owner = new Map<string, string>();
    for (const entry of KNOWLEDGE_BASE) {
      for (const name of namesOf(entry)) {
        const key = foldedTerm(name).join(' ');
        const seen = owner.get(key);
        expect(seen === undefined || seen === entry.id, `"${name}" in ${entry.id} and ${seen}`).toBe(true);
        owner.set(key, entry.id);
      }
    }
  });

  it('reads every name, written alone, as its own entry', () => {
    for (const entry of KNOWLEDGE_BASE) {
      for (const name of namesOf(entry)) {
        const mentions = readText(name).mentions;
        expect(
          mentions.map((m) => m.entry.id),
          name,
        ).toEqual([entry.id]);
      }
    }
  });

  it('has no name made only of generic words', () => {
    for (const entry of KNOWLEDGE_BASE) {
      for (const name of namesOf(entry)) {
        expect(
          foldedTerm(name).every((w) => GENERIC_WORDS.has(w)),
          `${entry.id}: "${name}"`,
        ).toBe(false);
      }
    }
  });

  it('points classes and combinations at entries that exist', () => {
    for (const entry of KNOWLEDGE_BASE) {
      for (const id of [...(entry.classes ?? []), ...(entry.contains ?? [])]) {
        expect(kbEntry(id), `${entry.id} -> ${id}`).toBeDefined();
      }
      for (const c of entry.classes ?? []) expect(kbEntry(c)?.kind).toBe('class');
    }
  });

  it('names the local anaesthetics, blood thinners and retinoids in every language', () => {
    for (const id of ['lidocaine', 'procaine', 'anticoagulant', 'hyaluronic-acid', 'pregnant']) {
      const entry = KNOWLEDGE_BASE.find((e) => e.id === id || e.id === `condition-${id}`);
      for (const lang of LANGUAGES) {
        const names = [...(entry?.names[lang] ?? []), ...(entry?.names.en ?? [])];
        expect(names.length, `${id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });
});
