import { foldText } from '../text/fold';

/** Words on labels that do not change which substance it is (salt forms, strengths, filler words). */
const NOISE = new Set([
  'hcl',
  'hydrochloride',
  'sodium',
  'de',
  'of',
  'salt',
  'injection',
  'solution',
  'anhydrous',
  'monohydrate',
  'mg',
  'ml',
]);

/** Known ingredients and the names they go by, keyed like the intake's allergy options. */
export const INGREDIENT_ALIASES: Record<string, readonly string[]> = {
  lidocaine: ['lidocaine', 'lignocaine', 'xylocaine'],
  'hyaluronic-acid': ['hyaluronic acid', 'hyaluronate', 'hyaluronan', 'acide hyaluronique'],
  'vitamin-c': ['vitamin c', 'ascorbic acid', 'ascorbate'],
  'vitamin-b': [
    'vitamin b',
    'b vitamins',
    'thiamine',
    'riboflavin',
    'niacinamide',
    'nicotinamide',
    'pyridoxine',
    'biotin',
    'cyanocobalamin',
    'dexpanthenol',
  ],
  phosphatidylcholine: ['phosphatidylcholine', 'polyenylphosphatidylcholine'],
  deoxycholate: ['deoxycholate', 'deoxycholic acid'],
  caffeine: ['caffeine'],
  procaine: ['procaine', 'novocaine'],
};

/** Folds case and accents and drops punctuation, numbers and salt words: "Lidocaïne HCl 2%" -> "lidocaine". */
export function normaliseIngredient(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !NOISE.has(word) && !/^\d+$/.test(word))
    .join(' ');
}

const containsWords = (haystack: string, needle: string) =>
  needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);

const ALIAS_INDEX = Object.entries(INGREDIENT_ALIASES).map(
  ([id, names]) => [id, names.map(normaliseIngredient)] as const,
);

/** The known ingredient ids a name refers to. */
export function ingredientIds(text: string): Set<string> {
  const normal = normaliseIngredient(text);
  return new Set(
    ALIAS_INDEX.filter(([, names]) => names.some((n) => containsWords(normal, n))).map(([id]) => id),
  );
}

/** Splits free allergy text ("penicillin, lidocaïne and latex") into separate substances. */
export function splitAllergyText(text: string): string[] {
  return text
    .split(/[,;/\n]+|\band\b|\bet\b|\bund\b/iu)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The shortest free-text term that may match inside a longer name, to avoid "acid" matching anything. */
const MIN_TERM = 4;

/** Whether a planned ingredient is the same substance as something the patient is allergic to. */
export function ingredientMatchesAllergy(ingredient: string, allergy: string): boolean {
  const a = ingredientIds(ingredient);
  for (const id of ingredientIds(allergy)) if (a.has(id)) return true;
  const i = normaliseIngredient(ingredient);
  const x = normaliseIngredient(allergy);
  if (!i || !x) return false;
  if (i === x) return true;
  return (x.length >= MIN_TERM && containsWords(i, x)) || (i.length >= MIN_TERM && containsWords(x, i));
}
