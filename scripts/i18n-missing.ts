/**
 * `npm run i18n:missing`: per language, the interface keys English has and the translation lacks (with
 * the English text to translate), the keys English does not have, and placeholders that differ.
 * Exits non-zero when any language is incomplete.
 */
import { completeness, leaves, type Strings } from '../src/renderer/src/i18n/completeness';
import { en } from '../src/renderer/src/i18n/en';
import { TRANSLATIONS } from '../src/renderer/src/i18n/resources';

const english = leaves(en as Strings);
let incomplete = 0;
for (const [language, strings] of Object.entries(TRANSLATIONS)) {
  const result = completeness(en as Strings, strings as Strings, language);
  const count = result.missing.length + result.extra.length + result.placeholders.length;
  console.log(
    `${language}: ${count === 0 ? 'complete' : `${result.missing.length} missing, ${result.extra.length} extra, ${result.placeholders.length} placeholder mismatches`}`,
  );
  for (const key of result.missing) console.log(`  missing  ${key}: ${JSON.stringify(english.get(key))}`);
  for (const key of result.extra) console.log(`  extra    ${key}`);
  for (const key of result.placeholders)
    console.log(`  {{…}}    ${key}: ${JSON.stringify(english.get(key))}`);
  if (count) incomplete++;
}
process.exit(incomplete ? 1 : 0);
