import { afterEach, describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/main/documents/pdf/bounded-cache';
import { pdfFastPath } from '../../src/main/documents/pdf/fast-path';
import { type EmbeddedFont, FONT_REGULAR } from '../../src/main/documents/pdf/fonts';
import { pdfInfo, startPdf } from '../../src/main/documents/pdf/start';

// Its own file: the layout caches live as long as the process.

afterEach(() => {
  pdfFastPath.enabled = true;
});

describe('a cache bounded by entries', () => {
  it('keeps its current and previous generation, and what is used moves back into the current one', () => {
    const cache = new BoundedCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) cache.set(key, i);
    // a, b, c became the previous generation when d came; all six are held.
    expect(cache.size).toBe(6);
    expect(cache.get('a')).toBe(0);
    // Using a moved it on: the next generation keeps it, b and c go with the old one.
    cache.set('g', 6);
    cache.set('h', 7);
    expect(cache.get('a')).toBe(0);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });
});

describe('a cache bounded by bytes', () => {
  const byLength = () => new BoundedCache<string, string>(100, (key, value) => key.length + value.length);

  it('starts a new generation when the next entry would pass its byte bound, whatever the count', () => {
    const cache = byLength();
    cache.set('a', 'x'.repeat(39));
    cache.set('b', 'x'.repeat(39));
    expect(cache.weight).toBe(80);
    // 80 + 40 > 100: the two go to the previous generation.
    cache.set('c', 'x'.repeat(39));
    expect(cache.weight).toBe(40);
    expect(cache.size).toBe(3);
    // Small entries: many of them fit under the same bound.
    for (let i = 0; i < 15; i++) cache.set(`k${String(i).padStart(2, '0')}`, 'xx');
    // 40 + 12 × 5 = 100 fits; the thirteenth (105) began a generation, holding 3 × 5 bytes now.
    expect(cache.weight).toBe(15);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('x'.repeat(39));
    expect(cache.get('k00')).toBe('xx');
  });

  it('keeps an entry heavier than its bound on its own, and lets it go with the next generation', () => {
    const cache = byLength();
    cache.set('a', 'small');
    cache.set('long', 'x'.repeat(500));
    expect(cache.weight).toBe(504);
    // The next entry starts a generation: the heavy one is the previous generation, alone.
    cache.set('b', 'small');
    expect(cache.weight).toBe(6);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
    // Once that generation is full too, the heavy entry is gone.
    for (let i = 0; i < 20; i++) cache.set(`k${String(i).padStart(2, '0')}`, 'xx');
    expect(cache.get('long')).toBeUndefined();
    expect(cache.get('b')).toBe('small');
  });
});

/** The regular font of a fresh document, as the fast path sets it up. */
function regularFont(): EmbeddedFont {
  const { doc } = startPdf('A4', pdfInfo('Words', 'Clinic', new Date('2026-11-28T00:00:00Z')));
  doc.font(FONT_REGULAR);
  return (doc as unknown as { _font: EmbeddedFont })._font;
}

describe('shaped words kept for every document', () => {
  it('share one position object per distinct position, with the values pdfkit gives each word', () => {
    const font = regularFont();
    const moon = font.layoutCached('moon ');
    const noon = font.layoutCached('noon ');
    // "oon " is laid out alike in both words: the same objects, not equal copies.
    for (const i of [1, 2, 3, 4]) expect(noon.positions[i]).toBe(moon.positions[i]);
    pdfFastPath.enabled = false;
    const plain = regularFont();
    expect(moon.positions.map((p) => ({ ...p }))).toEqual(
      plain.layoutCached('moon ').positions.map((p) => ({ ...p })),
    );
    expect(noon.positions.map((p) => ({ ...p }))).toEqual(
      plain.layoutCached('noon ').positions.map((p) => ({ ...p })),
    );
  });

  it('are bounded by bytes: long words push the first one out after two generations', () => {
    const font = regularFont();
    const first = font.layoutCached('Mesotherapy ');
    expect(font.layoutCached('Mesotherapy ')).toBe(first);
    // Distinct long words, about 1.5 KB each by the cache's estimate: some 350 fill a generation's
    // 512 KiB, where a generation bounded by count held a thousand words whatever their length.
    for (let i = 0; i < 1_000; i++) font.layoutCached(`${'Hyaluronidase'.repeat(5)}${i} `);
    expect(font.layoutCached('Mesotherapy ')).not.toBe(first);
  });
});
