import {
  type InterfaceLanguage,
  LANGUAGES,
  type Language,
  PSEUDO_LOCALE,
} from '../../../shared/language/languages';
import { pseudoLocale } from '../../../shared/language/pseudo';
import { completeness, isComplete, type Strings, withPluralForms } from './completeness';
import { en } from './en';
import de from './locales/de.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import it from './locales/it.json';
import pt from './locales/pt.json';

/**
 * A translation has en's shape: every English key, a string where English has one. The translations are
 * JSON (for translation tools), so this assignment is what checks them: a missing key fails the typecheck.
 * A language's own plural forms (`_many`) are extra keys, which a JSON import may carry.
 */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const TRANSLATIONS: Record<Exclude<Language, 'en'>, Shape<typeof en>> = { fr, it, es, de, pt };

const translationOf = (language: Language): Strings =>
  (language === 'en' ? en : TRANSLATIONS[language]) as Strings;

/** Languages whose interface translation is complete: only these can be chosen. */
export const INTERFACE_LANGUAGES: readonly Language[] = LANGUAGES.filter(
  (language) => language === 'en' || isComplete(completeness(en, translationOf(language), language)),
);

export const interfaceResources = Object.fromEntries([
  ...INTERFACE_LANGUAGES.map((language) => [
    language,
    { translation: withPluralForms(translationOf(language), language) },
  ]),
  [PSEUDO_LOCALE, { translation: pseudoLocale(en) }],
]) as Record<InterfaceLanguage, { translation: Strings }>;
