import { describe, expect, it } from 'vitest';
import {
  ingredientMatchesAllergy,
  normaliseIngredient,
  splitAllergyText,
} from '../../src/shared/screening/ingredients';

describe('ingredient allergy matching', () => {
  it.each([
    ['Lidocaine', 'lidocaine'],
    ['lidocaïne', 'Lidocaine'],
    ['LIDOCAINE HCl', 'lidocaïne'],
    ['Lidocaine hydrochloride 2%', 'LIDOCAINE'],
    ['Lignocaine', 'lidocaine'],
    ['Xylocaine 1%', 'Lidocaïne'],
    ['Sodium hyaluronate', 'hyaluronic-acid'],
    ['Acide hyaluronique', 'Hyaluronic acid'],
    ['HYALURONIC ACID 1.5%', 'hyaluronate de sodium'],
    ['Ascorbic acid', 'Vitamin C'],
    ['Phosphatidylcholine 5%', 'phosphatidylcholine'],
    ['Dexpanthenol', 'B vitamins'],
    ['Penicillin G', 'penicillin'],
    ['Tranexamic-Acid 5%', 'tranexamic acid'],
    ['Glutathione, reduced', 'GLUTATHIONE'],
  ])('%s matches an allergy to %s', (ingredient, allergy) => {
    expect(ingredientMatchesAllergy(ingredient, allergy)).toBe(true);
  });

  it.each([
    ['Procaine', 'lidocaine'],
    ['Lidocaine', 'procaine'],
    ['Glycolic acid', 'hyaluronic acid'],
    ['Caffeine', 'vitamin C'],
    ['Lidocaine', 'acid'],
    ['Vitamin E', 'Vitamin C'],
  ])('%s does not match an allergy to %s', (ingredient, allergy) => {
    expect(ingredientMatchesAllergy(ingredient, allergy)).toBe(false);
  });

  it('normalises case, accents, salt words and strengths', () => {
    expect(normaliseIngredient('  LIDOCAÏNE HCl 2 %  ')).toBe('lidocaine');
    expect(normaliseIngredient('Hyaluronate de sodium')).toBe('hyaluronate');
  });

  it('splits free allergy text into substances', () => {
    expect(splitAllergyText('Penicillin, lidocaïne and latex; nuts / plasters')).toEqual([
      'Penicillin',
      'lidocaïne',
      'latex',
      'nuts',
      'plasters',
    ]);
  });
});
