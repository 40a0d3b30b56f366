import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, searchTokens } from '../../src/shared/text/fold';

describe('foldText', () => {
  it.each([
    ['Μεσοθεραπεία', 'μεσοθεραπεια'],
    ['Παπαδοπούλου', 'παπαδοπουλου'],
    ['Ελένης', 'ελενησ'],
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
    ['Đặng', 'dang'],
    ['Şule Yılmaz', 'sule yilmaz'],
    ['İstanbul', 'istanbul'],
    ['Наталья Ёлкина', 'наталья елкина'],
    ['Łukasz Søren', 'lukasz soren'],
    ['Straße', 'strasse'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('is idempotent and never longer than twice the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(s.length * 2);
      }),
    );
  });

  it('splits queries on spaces and punctuation used as separators', () => {
    expect(searchTokens('  Maria,  PAPA ')).toEqual(['maria', 'papa']);
  });
});
