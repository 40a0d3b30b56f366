import { z } from 'zod';

/** Languages Mesodesk speaks, for the interface and for what a patient reads and signs. */
export const LANGUAGES = ['en', 'fr', 'it', 'es', 'de', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words: a patient picks theirs from this list. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  de: 'Deutsch',
  pt: 'Português',
};

export const languageSchema = z.enum(LANGUAGES, { error: 'errors.choose' });

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The supported language of a BCP 47 tag ('fr-CA' -> 'fr'), or null. */
export function supportedLanguageOf(tag: string | undefined | null): Language | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

/** The pseudo-locale: English accented and lengthened, to find cut-off and untranslated text. */
export const PSEUDO_LOCALE = 'pseudo';
export type InterfaceLanguage = Language | typeof PSEUDO_LOCALE;

/** The interface-language setting: 'auto' follows the computer's language when Mesodesk speaks it. */
export const interfaceLanguageSettingSchema = z
  .enum(['auto', ...LANGUAGES, PSEUDO_LOCALE], { error: 'errors.choose' })
  .default('auto');
export type InterfaceLanguageSetting = z.output<typeof interfaceLanguageSettingSchema>;
