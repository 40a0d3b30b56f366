import {
  type InterfaceLanguage,
  type InterfaceLanguageSetting,
  PSEUDO_LOCALE,
  supportedLanguageOf,
} from '../../../shared/language/languages';
import { INTERFACE_LANGUAGES } from './resources';

/** Remembered on this computer so that the lock screen, shown before settings can be read, speaks it too. */
const STORAGE_KEY = 'mesodesk.interfaceLanguage';

/** The language to show: the setting, or for 'auto' the first of the computer's languages Mesodesk speaks. */
export function resolveInterfaceLanguage(
  setting: InterfaceLanguageSetting,
  preferred: readonly string[],
): InterfaceLanguage {
  if (setting === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  if (setting !== 'auto') return INTERFACE_LANGUAGES.includes(setting) ? setting : 'en';
  for (const tag of preferred) {
    const language = supportedLanguageOf(tag);
    if (language && INTERFACE_LANGUAGES.includes(language)) return language;
  }
  return 'en';
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);

function stored(): InterfaceLanguageSetting {
  try {
    return (globalThis.localStorage?.getItem(STORAGE_KEY) as InterfaceLanguageSetting | null) ?? 'auto';
  } catch {
    return 'auto';
  }
}

export const initialInterfaceLanguage = (): InterfaceLanguage =>
  resolveInterfaceLanguage(stored(), browserLanguages());

/** The language for a setting just read or changed; remembered for the next start. */
export function interfaceLanguageFor(setting: InterfaceLanguageSetting): InterfaceLanguage {
  try {
    // Only a chosen language is remembered (no secret, no patient data); 'auto' leaves nothing behind.
    if (setting === 'auto') globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, setting);
  } catch {
    // Storage refused (private mode): the language still applies for this session.
  }
  return resolveInterfaceLanguage(setting, browserLanguages());
}
