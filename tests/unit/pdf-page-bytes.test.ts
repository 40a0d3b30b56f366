import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfNumber } from '../../src/main/documents/pdf/fragment';
import { PageBytes } from '../../src/main/documents/pdf/page-content';

function written(write: (page: PageBytes) => void): string {
  const page = new PageBytes();
  write(page);
  const text = page.view().toString('latin1');
  page.release();
  return text;
}

describe("a page's bytes", () => {
  it('hold a number as pdfkit writes it in a content stream', () => {
    const numbers = fc.oneof(
      fc.double({ min: -2e6, max: 2e6, noNaN: true }),
      fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 1e6),
      fc.integer({ min: 0, max: 2_000_000 }).map((k) => k / 1000),
      fc.constantFrom(0, -0, 841.89, 595.28, 0.0000004, -0.0000005, 1e-7, 999_999.9999995, 1e6, 5e11, 1e13),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        expect(written((page) => page.number(n))).toBe(pdfNumber(n));
      }),
      { numRuns: 20_000, seed: 24 },
    );
  });

  it('hold text as its characters’ low bytes, and grow past the first buffer', () => {
    const long = 'x'.repeat(100_000);
    expect(written((page) => page.line('q'))).toBe('q\n');
    expect(written((page) => page.text('é€'))).toBe(Buffer.from('é€', 'latin1').toString('latin1'));
    expect(written((page) => page.text(long + long))).toBe(long + long);
  });
});
